import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export const ROLES = ['viewer', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export interface AccessConfig {
  /** Shared bearer tokens; a browser may also give one as the Basic-auth password. */
  tokens: { token: string; role: Role }[];
  users: { name: string; role: Role; password: string }[];
  /** An authenticating reverse proxy (oauth2-proxy style) that names the user in a header. */
  trustedHeader?: { name: string; addresses: string[]; operators: string[] | '*' };
}

export interface AccessEnv {
  AUTH_TOKEN?: string;
  AUTH_VIEWER_TOKEN?: string;
  AUTH_USERS?: string;
  AUTH_PROXY_HEADER?: string;
  AUTH_PROXY_ADDRESSES?: string;
  AUTH_PROXY_OPERATORS?: string;
}

export interface Caller {
  /** Who to name in the audit log. */
  identity: string;
  role: Role;
}

export type AccessDecision =
  { ok: true; caller: Caller } | { ok: false; status: 401; detail: string; challenge: boolean };

export const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function hasAccessMethod(access: AccessConfig): boolean {
  return access.tokens.length > 0 || access.users.length > 0 || access.trustedHeader !== undefined;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads the AUTH_* variables; every problem is one line naming the variable. */
export function parseAccess(env: AccessEnv): { access: AccessConfig; problems: string[] } {
  const problems: string[] = [];
  const tokens: AccessConfig['tokens'] = [];
  for (const [variable, role] of [
    ['AUTH_TOKEN', 'operator'],
    ['AUTH_VIEWER_TOKEN', 'viewer'],
  ] as const) {
    const token = env[variable];
    if (token === undefined) continue;
    if (token.length < 16) problems.push(`${variable}: must be at least 16 characters`);
    else tokens.push({ token, role });
  }

  const users: AccessConfig['users'] = [];
  list(env.AUTH_USERS).forEach((entry, index) => {
    const [name, role, ...rest] = entry.split(':');
    const password = rest.join(':');
    if (!name || !ROLES.includes(role as Role) || password.length < 8) {
      problems.push(
        `AUTH_USERS: entry ${index + 1} must be name:role:password, role viewer or operator, password at least 8 characters`,
      );
    } else users.push({ name, role: role as Role, password });
  });

  let trustedHeader: AccessConfig['trustedHeader'];
  if (env.AUTH_PROXY_HEADER !== undefined) {
    const addresses = list(env.AUTH_PROXY_ADDRESSES);
    const bad = addresses.filter((address) => isIP(address) === 0);
    if (addresses.length === 0) {
      problems.push(
        'AUTH_PROXY_ADDRESSES: required with AUTH_PROXY_HEADER (the reverse proxy’s IP addresses)',
      );
    } else if (bad.length > 0) {
      problems.push(`AUTH_PROXY_ADDRESSES: not IP addresses: ${bad.join(', ')}`);
    }
    const operators = list(env.AUTH_PROXY_OPERATORS);
    trustedHeader = {
      name: env.AUTH_PROXY_HEADER.toLowerCase(),
      addresses,
      operators: operators.includes('*') ? '*' : operators,
    };
  } else if (env.AUTH_PROXY_ADDRESSES !== undefined || env.AUTH_PROXY_OPERATORS !== undefined) {
    problems.push('AUTH_PROXY_HEADER: required with AUTH_PROXY_ADDRESSES and AUTH_PROXY_OPERATORS');
  }
  return { access: { tokens, users, trustedHeader }, problems };
}

/**
 * Decides who is calling. Without any access method (only allowed on loopback) everyone who can
 * reach the port is the local operator.
 */
export function identify(
  access: AccessConfig,
  request: { authorization?: string; header: (name: string) => string | undefined },
  remoteAddress: string | undefined,
): AccessDecision {
  if (!hasAccessMethod(access))
    return { ok: true, caller: { identity: 'local', role: 'operator' } };

  const trusted = access.trustedHeader;
  if (trusted && remoteAddress && trusted.addresses.includes(normalizeAddress(remoteAddress))) {
    const user = request.header(trusted.name)?.trim();
    if (user) {
      const operator = trusted.operators === '*' || trusted.operators.includes(user);
      return { ok: true, caller: { identity: user, role: operator ? 'operator' : 'viewer' } };
    }
  }

  const basicOrBearer = access.tokens.length > 0 || access.users.length > 0;
  const [scheme, credential] = (request.authorization ?? '').split(' ', 2);
  if (scheme?.toLowerCase() === 'bearer' && credential) {
    const match = access.tokens.find((entry) => sameSecret(entry.token, credential));
    if (match) return { ok: true, caller: { identity: `token:${match.role}`, role: match.role } };
  } else if (scheme?.toLowerCase() === 'basic' && credential) {
    const decoded = Buffer.from(credential, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const name = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    const user = access.users.find(
      (entry) => entry.name === name && sameSecret(entry.password, password),
    );
    if (colon > 0 && user) return { ok: true, caller: { identity: user.name, role: user.role } };
    const token = access.tokens.find((entry) => sameSecret(entry.token, password));
    if (colon >= 0 && token) {
      return { ok: true, caller: { identity: `token:${token.role}`, role: token.role } };
    }
  }
  return {
    ok: false,
    status: 401,
    challenge: basicOrBearer,
    detail: basicOrBearer
      ? 'Sign in: a user name and password, or the shared access token as the password (or as a Bearer token).'
      : 'Sign in through the authenticating reverse proxy in front of this console.',
  };
}

/** Compares digests so that neither the length nor the content leaks through timing. */
function sameSecret(expected: string, given: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/** An IPv4 client seen through an IPv6 socket is the IPv4 address. */
export function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
