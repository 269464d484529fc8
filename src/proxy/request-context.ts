import { randomUUID } from 'node:crypto';

import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

import type { ProxyEnv } from './proxy-env';

/** Every request gets an id first, so every answer and log line can name it. */
export const requestContext: MiddlewareHandler<ProxyEnv> = (c, next) => {
  c.set('requestId', randomUUID());
  c.set('log', {});
  return next();
};

/**
 * One line per API request of a signed-in caller, with what its route added to `log`; runs after
 * access, so `caller` is set.
 */
export function requestLog(logger: Logger | undefined): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    stampHeader(c, 'x-request-id', c.get('requestId'));
    // A request that failed has its own line from onError.
    if (c.req.path.startsWith('/api/') && !c.error) {
      logger?.info(
        {
          requestId: c.get('requestId'),
          caller: c.get('caller').identity,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          durationMs: Math.round(performance.now() - started),
          ...c.get('log'),
        },
        'api request',
      );
    }
  };
}

/**
 * Sets a header on the answer a handler already made. Hono's `c.header` remakes that answer from
 * its body to be safe with immutable headers, which under @hono/node-server turned every
 * forwarded answer into a web stream (a fifth of the proxy's CPU per call); only an answer with
 * immutable headers (one from `fetch`) is remade.
 */
function stampHeader(c: Context<ProxyEnv>, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}
