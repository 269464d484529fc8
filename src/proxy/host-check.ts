import type { MiddlewareHandler } from 'hono';

import { isLoopback } from './access';
import { refusal } from './problem';
import { nodeRequest, type ProxyEnv } from './proxy-env';

/**
 * Which `Host` headers name this console. A page on another site whose name is rebound to the
 * console's address (DNS rebinding) reaches the port with its own name in `Host`, so refusing
 * every name but the console's own keeps such pages out even where no sign-in is asked.
 */
export interface HostPolicy {
  /** Bound to loopback: loopback names and addresses on the port the request arrived at. */
  loopback: boolean;
  /** `name` (any port) or `name:port` entries: PUBLIC_ORIGIN's host and ALLOWED_HOSTS. */
  allowed: string[];
}

interface HostName {
  hostname: string;
  /** Empty when the header names no port. */
  port: string;
}

/** Splits `name[:port]` (an IPv6 address in brackets); undefined for anything else. */
export function parseHost(value: string): HostName | undefined {
  if (!value || /[\s/?#@\\]/.test(value)) return undefined;
  try {
    const url = new URL(`http://${value}`);
    return { hostname: url.hostname.toLowerCase(), port: hostPort(value) };
  } catch {
    return undefined;
  }
}

/** The port as written (URL drops a written `:80`, which must still be compared). */
function hostPort(value: string): string {
  const match = /:(\d+)$/.exec(value);
  return match && !value.endsWith(']') ? (match[1] ?? '') : '';
}

/**
 * Compiles the policy into a test of one request's `Host` header. The port a loopback name must
 * carry is the one the request arrived at; unknown (no Node socket), any port is accepted.
 */
export function hostMatcher(
  policy: HostPolicy,
): (header: string | undefined, localPort: number | undefined) => boolean {
  const allowed = policy.allowed.map(parseHost).filter((entry) => entry !== undefined);
  return (header, localPort) => {
    const host = parseHost(header ?? '');
    if (!host) return false;
    if (
      policy.loopback &&
      isLoopback(host.hostname.replace(/^\[|\]$/g, '')) &&
      (localPort === undefined || Number(host.port || 80) === localPort)
    ) {
      return true;
    }
    return allowed.some(
      (entry) =>
        entry.hostname === host.hostname && (entry.port === '' || entry.port === host.port),
    );
  };
}

/** Refuses, on every route, a request whose `Host` does not name this console. */
export function hostGuard(policy: HostPolicy): MiddlewareHandler<ProxyEnv> {
  const matches = hostMatcher(policy);
  return async (c, next) => {
    const host = c.req.header('host');
    if (matches(host, nodeRequest(c)?.socket.localPort)) return next();
    return refusal('unknown-host', c.get('requestId'), {
      detail: `Host ${JSON.stringify(host ?? '')} does not name this console; add the name browsers use to ALLOWED_HOSTS (README: Security).`,
    });
  };
}

/** `name:port` entries for the loopback names on one port (the Vite dev server's). */
export function loopbackHosts(port: number): string[] {
  return ['localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${port}`);
}
