import { describe, expect, it } from 'vitest';

import { verifyUserSig } from '@/shared/node/user-sig';

import { createUserSigSource } from './user-sig-source';

describe('createUserSigSource', () => {
  const credentials = { sdkAppId: 1400000000, secretKey: 'key', admin: 'administrator' };

  it('caches the UserSig and renews it well before expiry, and after a clock jump back', () => {
    let now = 1_700_000_000_000;
    const source = createUserSigSource(credentials, () => now);
    const first = source.current();
    now += 60_000;
    expect(source.current()).toBe(first);
    now += 23 * 3600_000; // within the last hour of 24 h validity
    const renewed = source.current();
    expect(renewed).not.toBe(first);
    expect(
      verifyUserSig({
        userSig: renewed,
        ...credentials,
        identifier: 'administrator',
        nowSeconds: now / 1000,
      }).ok,
    ).toBe(true);
    now -= 2 * 3600_000;
    expect(source.current()).not.toBe(renewed);
  });
});
