import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startBackend, type TestBackend } from '@/testing/start-backend';

import { clientKey, createAuthThrottle } from '../auth-throttle';
import { createLogger } from '../logger';

const TOKEN = 'operator-token-0123456789';
const ATTEMPTS = 5;

describe('guessing credentials', () => {
  let backend: TestBackend;
  const logLines: string[] = [];
  beforeAll(async () => {
    backend = await startBackend({
      emulator: { seed: 'demo', rateLimit: false },
      proxy: {
        access: {
          tokens: [{ token: TOKEN, role: 'operator' }],
          users: [{ name: 'ana', role: 'operator', password: 'correct-horse' }],
        },
        authThrottle: createAuthThrottle({
          attempts: ATTEMPTS,
          windowSeconds: 60,
          blockSeconds: 60,
        }),
        logger: createLogger({ destination: { write: (line: string) => logLines.push(line) } }),
      },
    });
  });
  afterAll(() => backend.stop());

  const target = (authorization?: string) =>
    fetch(`${backend.proxyUrl}/api/target`, {
      headers: authorization ? { authorization } : {},
    });
  const basic = (user: string, password: string) =>
    `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  it('refuses a guesser with 429 and Retry-After past the threshold, even the right token, and logs each miss', async () => {
    const statuses: number[] = [];
    const guesses = Array.from({ length: 200 }, (_, index) =>
      index % 2 === 0 ? `Bearer guess-${index}-0123456789` : basic('ana', `guess-${index}`),
    );
    let retryAfter: string | null = null;
    for (const guess of guesses) {
      const response = await target(guess);
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        expect(await response.json()).toMatchObject({
          type: 'urn:friend-console:too-many-attempts',
          status: 429,
        });
      } else await response.arrayBuffer();
    }
    expect(statuses.slice(0, ATTEMPTS)).toEqual(Array<number>(ATTEMPTS).fill(401));
    expect(statuses.slice(ATTEMPTS)).toEqual(Array<number>(200 - ATTEMPTS).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);

    // While the address is refused, guessing right does not help: nothing is checked.
    expect((await target(`Bearer ${TOKEN}`)).status).toBe(429);
    const misses = logLines.filter((line) => /wrong credentials/.test(line));
    expect(misses.length).toBe(ATTEMPTS + 1);
    expect(misses.at(-1)).toMatch(/"throttled":true/);
    expect(misses.join('\n')).not.toContain('guess-');
    // Health stays open to probes.
    expect((await fetch(`${backend.proxyUrl}/api/health`)).status).toBe(200);
  });

  it('does not count a browser asking without credentials before the sign-in prompt', async () => {
    const fresh = await startBackend({
      proxy: {
        access: { tokens: [{ token: TOKEN, role: 'operator' }], users: [] },
        authThrottle: createAuthThrottle({ attempts: 2 }),
      },
    });
    try {
      for (let index = 0; index < 10; index += 1) {
        expect((await fetch(`${fresh.proxyUrl}/api/target`)).status).toBe(401);
      }
      expect(
        (
          await fetch(`${fresh.proxyUrl}/api/target`, {
            headers: { authorization: `Bearer ${TOKEN}` },
          })
        ).status,
      ).toBe(200);
    } finally {
      await fresh.stop();
    }
  });
});

describe('clientKey', () => {
  it('keys IPv4 by address and IPv6 by its /64, whatever the notation', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
