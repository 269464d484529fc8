import { createRequire } from 'node:module';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { createUserSigVerifier, genUserSig, userSigHmac, verifyUserSig } from './user-sig';

const DEMO_KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';

// Contract §8.2: vectors byte-identical to the official Node library with a frozen clock.
const VECTORS = [
  {
    sdkAppId: 1400000000,
    secretKey: DEMO_KEY,
    identifier: 'xiaojun',
    expireSeconds: 15552000,
    issuedAt: 1700000000,
    sig: 'LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=',
  },
  {
    sdkAppId: 1400000000,
    secretKey: DEMO_KEY,
    identifier: 'administrator',
    expireSeconds: 86400,
    issuedAt: 1700000000,
    sig: 'yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60=',
  },
  {
    sdkAppId: 1,
    secretKey: '2',
    identifier: '3',
    expireSeconds: 4,
    issuedAt: 1000,
    sig: 'Pk1CGa9KcXCDV7cBsUevfTQGM7YywlB8NZOwd7saocU=',
  },
];
const V1_USERSIG =
  'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMiUZOamKlkZmqOKplYUZBaBxE1NTY3gosWZ6UpWSj5ljuYp*p7l5unBxXnF2WVhVU4uAf7Ozi5JpX7O5SbuHuUhzgZJmQXaTia2SrUAohcx8g__';
const V3_USERSIG =
  'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwsZQweKU7MSCgswUJStDiEBJZm6qkpWhgYEBhJ9aUZBZlKpkZQJVn5muZKUUkG3o7J5o6Z0c4ewSZp7sVByaWpYWEujuax5ZWZ7jZOEX5V*eYl6cmJ8caqtUCwDCvis7';

const verify = (userSig: string, overrides: Partial<Parameters<typeof verifyUserSig>[0]> = {}) =>
  verifyUserSig({
    userSig,
    sdkAppId: 1400000000,
    identifier: 'xiaojun',
    secretKey: DEMO_KEY,
    nowSeconds: 1700000001,
    ...overrides,
  });

describe('UserSig v2', () => {
  afterEach(() => vi.useRealTimers());

  it.each(VECTORS)('signs vector $identifier/$sdkAppId with the published HMAC', (vector) => {
    expect(userSigHmac(vector)).toBe(vector.sig);
  });

  it('verifies the published full UserSigs', () => {
    expect(verify(V1_USERSIG)).toEqual({ ok: true, expiresAt: 1700000000 + 15552000 });
    expect(
      verify(V3_USERSIG, { sdkAppId: 1, identifier: '3', secretKey: '2', nowSeconds: 1004 }),
    ).toMatchObject({ ok: true });
  });

  it('produces exactly what Tencent’s tls-sig-api-v2 produces, and verifies it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(1_700_000_000_000));
    const { Api } = createRequire(import.meta.url)('tls-sig-api-v2') as {
      Api: new (
        sdkAppId: number,
        key: string,
      ) => { genUserSig: (id: string, expire: number) => string };
    };
    const official = new Api(1400000000, DEMO_KEY).genUserSig('xiaojun', 15552000);
    const ours = genUserSig({
      sdkAppId: 1400000000,
      secretKey: DEMO_KEY,
      identifier: 'xiaojun',
      expireSeconds: 15552000,
      issuedAt: 1700000000,
    });
    expect(ours).toBe(official);
    expect(verify(official)).toMatchObject({ ok: true });
  });

  it.each([
    ['empty', '', {}, 70002],
    ['not base64 or zlib', 'garbage!!', {}, 70003],
    [
      'zlib of something that is not a sig',
      'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwsZQweKU7MSCgswUJStDiEBJZm6qkpWhgYEBhJ9aUZBZlKpkZQJVn5muZKUUkG3o7J5o6Z0c4ewSZp7sVByaWpYWEujuax5ZWZ7jZOEX5V*eYl6cmJ8caqtUCwDCvis7'.slice(
        0,
        40,
      ),
      {},
      70003,
    ],
    ['another SDKAppID', V1_USERSIG, { sdkAppId: 1400000001 }, 70014],
    ['another identifier', V1_USERSIG, { identifier: 'administrator' }, 70013],
    [
      'expired one second after time + expire',
      V1_USERSIG,
      { nowSeconds: 1700000000 + 15552000 + 1 },
      70001,
    ],
    ['another key', V1_USERSIG, { secretKey: 'not-the-key' }, 70009],
  ] as const)('maps %s to %i (D16)', (_case, userSig, overrides, code) => {
    expect(verify(userSig, overrides)).toMatchObject({ ok: false, code });
  });

  it('accepts a sig that is exactly at its expiry second', () => {
    expect(verify(V1_USERSIG, { nowSeconds: 1700000000 + 15552000 }).ok).toBe(true);
  });
});

describe('createUserSigVerifier', () => {
  const expiresAt = 1700000000 + 15552000;
  const verifier = () => createUserSigVerifier({ sdkAppId: 1400000000, secretKey: DEMO_KEY });

  it('answers a remembered UserSig as verifyUserSig does: identifier and expiry on every call', () => {
    const check = verifier();
    const at = (nowSeconds: number, identifier = 'xiaojun') =>
      check({ userSig: V1_USERSIG, identifier, nowSeconds });
    expect(at(1700000001)).toEqual({ ok: true, expiresAt });
    expect(at(1700000002)).toEqual({ ok: true, expiresAt });
    expect(at(1700000003, 'administrator')).toMatchObject({ ok: false, code: 70013 });
    expect(at(expiresAt)).toMatchObject({ ok: true });
    expect(at(expiresAt + 1)).toMatchObject({ ok: false, code: 70001 });
  });

  it('never remembers a UserSig signed with another key', () => {
    const check = createUserSigVerifier({ sdkAppId: 1400000000, secretKey: 'not-the-key' });
    for (let call = 0; call < 3; call += 1) {
      expect(
        check({ userSig: V1_USERSIG, identifier: 'xiaojun', nowSeconds: 1700000001 }),
      ).toMatchObject({ ok: false, code: 70009 });
    }
  });

  it('keeps answering correctly past its size cap', () => {
    const check = createUserSigVerifier(
      { sdkAppId: 1400000000, secretKey: DEMO_KEY },
      { maxEntries: 2 },
    );
    const sigs = ['a', 'b', 'c', 'd'].map((identifier) =>
      genUserSig({
        sdkAppId: 1400000000,
        secretKey: DEMO_KEY,
        identifier,
        expireSeconds: 60,
        issuedAt: 1700000000,
      }),
    );
    for (const round of [1, 2]) {
      sigs.forEach((userSig, index) => {
        const identifier = ['a', 'b', 'c', 'd'][index] ?? '';
        expect(check({ userSig, identifier, nowSeconds: 1700000000 + round })).toMatchObject({
          ok: true,
        });
      });
    }
  });
});
