/**
 * The proxy's entry. This module holds the admin credential. It must never be imported by
 * browser code, and it never returns the secret key or a UserSig to a client.
 */
import { Redis } from 'ioredis';

import { listen, type Listening } from '@/shared/node/listen';

import { openAuditLog } from './audit-log';
import type { ProxyConfig, UpstreamCredentials } from './config';
import { createProxy } from './create-proxy';
import { createLogger } from './logger';
import { createPacer, unpaced } from './pacer';

export interface ProxyUpstream {
  baseUrl: string;
  credentials: UpstreamCredentials;
}

export async function startProxyServer(
  config: ProxyConfig,
  upstream: ProxyUpstream,
  options: { staticDir?: string; quiet?: boolean } = {},
): Promise<Listening> {
  const logger = createLogger({ level: options.quiet ? 'warn' : 'info' });
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
    : undefined;
  if (redis) await redis.connect();
  const auditLog = openAuditLog(config.auditLog);
  const app = createProxy({
    target: {
      mode: config.mode,
      sdkAppId: upstream.credentials.sdkAppId,
      admin: upstream.credentials.admin,
      region: config.mode === 'tencent' ? config.region : 'emulator',
      host: new URL(upstream.baseUrl).host,
    },
    upstream,
    pacer: config.pacing ? createPacer({ redis }) : unpaced,
    access: config.access,
    auditLog,
    publicOrigin: config.publicOrigin,
    staticDir: options.staticDir,
    logger,
  });
  const server = await listen(app.fetch, { host: config.host, port: config.port });
  return {
    ...server,
    close: async () => {
      await server.close();
      await auditLog.close();
      redis?.disconnect();
    },
  };
}
