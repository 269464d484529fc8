import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Envelope } from '@/shared/contract/common';
import { startBackend, type TestBackend } from '@/testing/start-backend';

import { SlidingWindowLimiter } from './rate-limiter';

describe('SlidingWindowLimiter', () => {
  it('accepts `limit` calls in any one-second window and no more', () => {
    const limiter = new SlidingWindowLimiter(3);
    expect([0, 100, 200, 300].map((t) => limiter.tryAcquire(t))).toEqual([true, true, true, false]);
    expect(limiter.tryAcquire(999)).toBe(false);
    expect(limiter.tryAcquire(1000)).toBe(true); // the call at 0 left the window
    expect(limiter.tryAcquire(1050)).toBe(false);
    expect(limiter.tryAcquire(1100)).toBe(true);
  });
});

describe('emulator rate limit (D12)', () => {
  let now = 1_700_000_000_000;
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await startBackend({ emulator: { clock: () => now, seed: 'demo' } });
  });
  afterAll(() => backend.stop());

  it('answers the 201st friend_add in one second with 60007 and changes nothing', async () => {
    const body = { From_Account: 'erin', AddFriendItem: [{ To_Account: 'ghost' }] };
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => backend.callEmulator('v4/sns/friend_add', body)),
    );
    expect(answers.every((answer) => answer.ActionStatus === 'OK')).toBe(true);
    const over = Envelope.parse(
      await backend.callEmulator('v4/sns/friend_add', {
        From_Account: 'erin',
        AddFriendItem: [{ To_Account: 'alice' }],
      }),
    );
    expect(over).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60007 });
    expect(backend.emulator.state.accounts.get('erin')?.friends.has('alice')).toBe(false);
    // friend_check has its own budget.
    expect(
      await backend.callEmulator('v4/sns/friend_check', {
        From_Account: 'erin',
        To_Account: ['alice'],
        CheckType: 'CheckResult_Type_Both',
      }),
    ).toMatchObject({ ActionStatus: 'OK' });
    now += 1000;
    expect(
      await backend.callEmulator('v4/sns/friend_add', {
        From_Account: 'erin',
        AddFriendItem: [{ To_Account: 'alice' }],
      }),
    ).toMatchObject({ ActionStatus: 'OK' });
  });

  it('gives multiaccount_import its documented 100 per second', async () => {
    now += 5000;
    const answers = await Promise.all(
      Array.from({ length: 101 }, (_, i) =>
        backend.callEmulator('v4/im_open_login_svc/multiaccount_import', { Accounts: [`r${i}`] }),
      ),
    );
    expect(answers.filter((answer) => answer.ErrorCode === 60007)).toHaveLength(1);
  });
});
