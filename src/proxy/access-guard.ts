import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

import { type AccessConfig, hasAccessMethod, identify } from './access';
import type { AuthThrottle } from './auth-throttle';
import { refusal } from './problem';
import type { ProxyEnv } from './proxy-env';

/**
 * The cross-site check and, for a change (`viewerLimit` says what a viewer may do), the role
 * check; a refusal to answer, or undefined to go on.
 */
export type RefuseCaller = (
  c: Context<ProxyEnv>,
  viewerLimit: string | undefined,
) => Response | undefined;

/**
 * Names the caller (token, user or the local operator) or refuses with 401. An address past the
 * threshold of wrong credentials is refused before any is checked, and each wrong one slows it.
 */
export function signIn(
  access: AccessConfig,
  authThrottle: AuthThrottle,
  logger: Logger | undefined,
): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const requestId = c.get('requestId');
    const address = remoteAddress(c);
    if (hasAccessMethod(access)) {
      const wait = await authThrottle.waitFor(address);
      if (wait > 0) return tooManyAttempts(wait, requestId);
    }
    const decision = identify(
      access,
      { authorization: c.req.header('authorization'), header: (name) => c.req.header(name) },
      address,
    );
    if (decision.ok) {
      c.set('caller', decision.caller);
      return next();
    }
    if (c.req.header('authorization') !== undefined) {
      const wait = await authThrottle.failed(address);
      logger?.warn(
        { requestId, address, method: c.req.method, path: c.req.path, throttled: wait > 0 },
        'wrong credentials',
      );
      if (wait > 0) return tooManyAttempts(wait, requestId);
    }
    const response = refusal('unauthenticated', requestId, { detail: decision.detail });
    if (decision.challenge) {
      response.headers.set('www-authenticate', 'Basic realm="Friend Console", charset="UTF-8"');
    }
    return response;
  };
}

/**
 * A call from another site, or a change by a viewer, is refused before it reaches anything.
 */
export function callerCheck(publicOrigin: string | undefined): RefuseCaller {
  return (c, viewerLimit) => {
    const requestId = c.get('requestId');
    const crossSite = crossSiteReason(c, publicOrigin);
    if (crossSite) return refusal('cross-site', requestId, { detail: crossSite });
    const caller = c.get('caller');
    if (viewerLimit !== undefined && caller.role !== 'operator') {
      return refusal('forbidden', requestId, {
        detail: `${caller.identity} is a viewer and ${viewerLimit}. Ask for the operator role.`,
      });
    }
    return undefined;
  };
}

function tooManyAttempts(waitMs: number, requestId: string): Response {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const response = refusal('too-many-attempts', requestId, {
    detail: `Too many wrong credentials from this address; try again in ${seconds} s.`,
  });
  response.headers.set('retry-after', String(seconds));
  return response;
}

/**
 * Browsers say where a request comes from; a write from another site is someone else's page
 * acting with this console's credential. Clients that send neither header are not browsers.
 */
function crossSiteReason(
  c: Context<ProxyEnv>,
  publicOrigin: string | undefined,
): string | undefined {
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `Sec-Fetch-Site is ${fetchSite}; the console accepts calls from its own pages only.`;
  }
  const origin = c.req.header('origin');
  if (!origin) return undefined;
  const expected = publicOrigin ?? `${new URL(c.req.url).protocol}//${c.req.header('host')}`;
  return origin === expected
    ? undefined
    : `Origin ${origin} is not this console (${expected}); the console accepts calls from its own pages only.`;
}

function remoteAddress(c: Context<ProxyEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
