import { describe, expect, it } from 'vitest';

import type { CallRecord } from '@/shared/contract/emulator-control';

import { callAsCurl, callTargets } from './call-curl';

const call: CallRecord = {
  id: 3,
  time: '2026-11-22T04:00:00.000Z',
  api: 'v4/sns/friend_add',
  from: 'alice',
  request: { From_Account: 'alice', AddFriendItem: [{ To_Account: 'bob', Remark: "it's me" }] },
  httpStatus: 200,
  failedAccounts: 0,
  durationMs: 4,
  faults: [],
};
const target = {
  mode: 'tencent',
  host: 'adminapisgp.im.qcloud.com',
  sdkAppId: 1400000000,
  admin: 'administrator',
} as const;

describe('callAsCurl', () => {
  it('builds Tencent’s URL with a UserSig placeholder and the exact body, shell-quoted', () => {
    const curl = callAsCurl(call, target);
    expect(curl).toContain(
      "curl -X POST 'https://adminapisgp.im.qcloud.com/v4/sns/friend_add?sdkappid=1400000000&identifier=administrator&usersig=<ADMIN_USERSIG>&random=",
    );
    expect(curl).toContain(
      `--data-raw '{"From_Account":"alice","AddFriendItem":[{"To_Account":"bob","Remark":"it'\\''s me"}]}'`,
    );
    expect(curl.split('\n')[0]).toMatch(/^# Replace <ADMIN_USERSIG> with a UserSig .*TLSSigAPIv2/);
  });

  it('says when the emulator did not record the body', () => {
    expect(callAsCurl({ ...call, request: undefined }, target)).toContain(
      "--data-raw '<request body not recorded>'",
    );
  });
});

describe('callTargets', () => {
  it('reads recorded targets, or the body’s To_Account, items or UserIDs', () => {
    expect(callTargets({ ...call, to: ['x'] })).toEqual(['x']);
    expect(callTargets(call)).toEqual(['bob']);
    expect(callTargets({ ...call, request: { To_Account: ['c', 'd'] } })).toEqual(['c', 'd']);
    expect(callTargets({ ...call, request: { CheckItem: [{ UserID: 'e' }] } })).toEqual(['e']);
    expect(callTargets({ ...call, request: undefined })).toEqual([]);
  });
});
