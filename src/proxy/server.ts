/**
 * The proxy's entry. This module holds the admin credential. It must never be imported by
 * browser code, and it never returns the secret key or a UserSig to a client.
 */
import { pino } from 'pino';

import { listen, type Listening } from '@/shared/node/listen';

import type { ProxyConfig, UpstreamCredentials } from './config';
import { createProxy } from './create-proxy';

export interface ProxyUpstream {
  baseUrl: string;
  credentials: UpstreamCredentials;
}

export function startProxyServer(
  config: ProxyConfig,
  upstream: ProxyUpstream,
  options: { staticDir?: string; quiet?: boolean } = {},
): Promise<Listening> {
  const logger = pino({ level: options.quiet ? 'warn' : 'info' });
  const app = createProxy({
    target: {
      mode: config.mode,
      sdkAppId: upstream.credentials.sdkAppId,
      admin: upstream.credentials.admin,
      region: config.mode === 'tencent' ? config.region : 'emulator',
      host: new URL(upstream.baseUrl).host,
    },
    upstream,
    staticDir: options.staticDir,
    logger,
  });
  return listen(app.fetch, { host: config.host, port: config.port });
}
