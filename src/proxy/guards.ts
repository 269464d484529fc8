import type { Hono } from 'hono';

import { limitBodySize } from '@/shared/node/body-limit';

import { closeUnreadBodies } from './early-refusal';
import { hostGuard, type HostPolicy } from './host-check';
import { refusal } from './problem';
import type { ProxyEnv } from './proxy-env';
import { securityHeaders } from './security-headers';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * What every request passes before anyone is asked who they are: security headers on every
 * answer, a closed connection after an early refusal, and the Host check (DNS rebinding).
 */
export function installGuards(app: Hono<ProxyEnv>, hosts: HostPolicy | undefined): void {
  app.use('*', securityHeaders);
  app.use('*', closeUnreadBodies);
  // Decision: health answers whatever Host it is asked by; load balancers and orchestrators probe
  // by IP address, and `{ ok: true }` tells a rebinding page nothing.
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.use('*', hostGuard(hosts ?? { loopback: true, allowed: [] }));
}

/** Refuses a body over 1 MiB with 413 before it is read further. */
export const limitBody = limitBodySize(MAX_BODY_BYTES, (c) =>
  refusal('body-too-large', c.get('requestId') as string, {
    detail: `The body exceeds ${MAX_BODY_BYTES} bytes (1 MiB).`,
  }),
);
