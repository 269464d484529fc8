import { describe, expect, it } from 'vitest';

import { genUserSig, verifyUserSig } from '@/shared/node/user-sig';
import { startBackend, TEST_ADMIN, TEST_SDKAPPID, TEST_SECRET_KEY } from '@/testing/start-backend';

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

describe('UserSig renewal over HTTP', () => {
  it('keeps calls signed while the shared clock jumps a day forward and back', async () => {
    let now = Date.now();
    const clock = () => now;
    const backend = await startBackend({
      emulator: { seed: 'demo', rateLimit: false, clock },
      proxy: { clock },
    });
    const check = {
      From_Account: 'alice',
      To_Account: ['bob'],
      CheckType: 'CheckResult_Type_Both',
    };
    const errorCode = async () =>
      (
        (await (await backend.callProxy('v4/sns/friend_check', check)).json()) as {
          ErrorCode: number;
        }
      ).ErrorCode;
    expect(await errorCode()).toBe(0);
    now += 25 * 3600_000;
    expect(await errorCode()).toBe(0);
    now -= 3 * 24 * 3600_000;
    expect(await errorCode()).toBe(0);
    const signedLongAgo = genUserSig({
      sdkAppId: TEST_SDKAPPID,
      secretKey: TEST_SECRET_KEY,
      identifier: TEST_ADMIN,
      expireSeconds: 3600,
      issuedAt: Math.floor(now / 1000) - 7200,
    });
    // The control: the emulator does refuse an expired signature on the same clock.
    const expired = await backend.callEmulator('v4/sns/friend_check', check, {
      usersig: signedLongAgo,
    });
    expect(expired.ErrorCode).not.toBe(0);
    await backend.stop();
  });
});
