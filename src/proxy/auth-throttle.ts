import { isIP } from 'node:net';

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import { normalizeAddress } from './access';

export interface AuthThrottleOptions {
  /** Wrong credentials allowed per client address within `windowSeconds`. */
  attempts?: number;
  windowSeconds?: number;
  /** How long an address that went past the threshold is refused. */
  blockSeconds?: number;
}

export interface AuthThrottle {
  /** Milliseconds before this address may try again; 0 when it may now. */
  waitFor: (address: string | undefined) => Promise<number>;
  /** Counts one wrong credential; answers the wait it earns (0 while under the threshold). */
  failed: (address: string | undefined) => Promise<number>;
}

/**
 * Slows guessing of tokens and passwords per client address. Our decision: 10 wrong attempts a
 * minute, then a minute's refusal, which no operator mistyping reaches and which turns 12,000
 * guesses in 5 s into 10 a minute.
 */
export function createAuthThrottle({
  attempts = 10,
  windowSeconds = 60,
  blockSeconds = 60,
}: AuthThrottleOptions = {}): AuthThrottle {
  const limiter = new RateLimiterMemory({
    keyPrefix: 'wrong-credentials',
    points: attempts,
    duration: windowSeconds,
    blockDuration: blockSeconds,
  });
  return {
    async waitFor(address) {
      const state = await limiter.get(clientKey(address));
      return state && state.consumedPoints > attempts ? state.msBeforeNext : 0;
    },
    async failed(address) {
      try {
        await limiter.consume(clientKey(address));
        return 0;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return refusal.msBeforeNext;
        throw refusal;
      }
    },
  };
}

/**
 * The unit a guesser cannot cheaply change: the IPv4 address, or the /64 an IPv6 host is given
 * (one host can use any address in it).
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const plain = normalizeAddress(address);
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = plain.includes('::') ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
