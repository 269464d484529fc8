import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { AccountImportResponse, MultiaccountImportResponse } from '@/shared/contract/account';
import { Envelope } from '@/shared/contract/common';
import { FriendAddResponse } from '@/shared/contract/friend-add';
import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { genUserSig } from '@/shared/node/user-sig';
import {
  startBackend,
  TEST_ADMIN,
  TEST_SDKAPPID,
  TEST_SECRET_KEY,
  type TestBackend,
} from '@/testing/start-backend';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({ emulator: { rateLimit: false } });
});
afterAll(() => backend.stop());
beforeEach(() => backend.emulator.reset('empty'));

const ADD = 'v4/sns/friend_add';
const CHECK = 'v4/sns/friend_check';

async function importAccounts(...accounts: string[]) {
  const answer = MultiaccountImportResponse.parse(
    await backend.callEmulator('v4/im_open_login_svc/multiaccount_import', { Accounts: accounts }),
  );
  expect(answer.FailAccounts).toEqual([]);
}

function setAllowType(
  userId: string,
  allowType: 'AllowType_Type_AllowAny' | 'AllowType_Type_NeedConfirm' | 'AllowType_Type_DenyAny',
) {
  const account = backend.emulator.state.accounts.get(userId);
  if (!account) throw new Error(`no ${userId}`);
  account.allowType = allowType;
}

async function add(body: Record<string, unknown>) {
  return FriendAddResponse.parse(await backend.callEmulator(ADD, body));
}

async function relation(from: string, to: string, checkType = 'CheckResult_Type_Both') {
  const answer = FriendCheckResponse.parse(
    await backend.callEmulator(CHECK, {
      From_Account: from,
      To_Account: [to],
      CheckType: checkType,
    }),
  );
  return answer.InfoItem?.[0]?.Relation;
}

describe('authentication (D16) and request errors (D17, D18)', () => {
  const sig = (overrides: {
    identifier?: string;
    sdkAppId?: number;
    secretKey?: string;
    expireSeconds?: number;
    issuedAt?: number;
  }) =>
    genUserSig({
      sdkAppId: overrides.sdkAppId ?? TEST_SDKAPPID,
      secretKey: overrides.secretKey ?? TEST_SECRET_KEY,
      identifier: overrides.identifier ?? TEST_ADMIN,
      expireSeconds: overrides.expireSeconds ?? 3600,
      issuedAt: overrides.issuedAt ?? Math.floor(Date.now() / 1000),
    });

  it.each([
    ['missing sdkappid', { sdkappid: '' }, 60012],
    ['another sdkappid', { sdkappid: '1400000001' }, 60006],
    ['missing identifier', { identifier: '' }, 60004],
    ['empty usersig', { usersig: '' }, 70002],
    ['undecodable usersig', { usersig: 'abc' }, 70003],
    ['usersig of another app', { usersig: sig({ sdkAppId: 1400000001 }) }, 70014],
    ['usersig of another identifier', { usersig: sig({ identifier: 'someone' }) }, 70013],
    ['expired usersig', { usersig: sig({ issuedAt: 1_000_000, expireSeconds: 60 }) }, 70001],
    ['usersig signed with another key', { usersig: sig({ secretKey: 'wrong' }) }, 70009],
    [
      'a valid usersig of a non-admin',
      { identifier: 'alice', usersig: sig({ identifier: 'alice' }) },
      70403,
    ],
  ])('%s → FAIL %i with HTTP 200', async (_case, overrides, code) => {
    const answer = Envelope.parse(
      await backend.callEmulator(
        CHECK,
        { From_Account: 'a', To_Account: ['b'], CheckType: 'CheckResult_Type_Both' },
        overrides,
      ),
    );
    expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    expect(answer.ErrorInfo.length).toBeGreaterThan(0);
  });

  it('answers malformed JSON with 60003 and an unknown API with 60009', async () => {
    expect(await backend.callEmulator(ADD, '{"From_Account":')).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 60003,
    });
    expect(await backend.callEmulator('v4/sns/no_such_command', {})).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 60009,
    });
  });

  it('fails missing fields, wrong types and bad enums with the family code, naming the field', async () => {
    expect(
      await backend.callEmulator(CHECK, { From_Account: 'a', To_Account: ['b'] }),
    ).toMatchObject({
      ErrorCode: 30001,
      ErrorInfo: expect.stringContaining('CheckType'),
    });
    expect(
      await backend.callEmulator(ADD, {
        From_Account: 'a',
        AddFriendItem: [{ To_Account: 'b' }],
        AddType: 7,
      }),
    ).toMatchObject({
      ErrorCode: 30001,
      ErrorInfo: expect.stringContaining('AddType'),
    });
    expect(await backend.callEmulator('v4/im_open_login_svc/account_import', {})).toMatchObject({
      ErrorCode: 70402,
      ErrorInfo: expect.stringContaining('UserID'),
    });
  });

  it('caps friend_add at 1000 items (D1) and friend_check at 1000 accounts', async () => {
    await importAccounts('alice');
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ To_Account: `u${i}` }));
    expect(
      await backend.callEmulator(ADD, { From_Account: 'alice', AddFriendItem: items(1001) }),
    ).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 30001,
    });
    const exactly = await add({ From_Account: 'alice', AddFriendItem: items(1000) });
    expect(exactly.ResultItem).toHaveLength(1000);
    const to = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
    expect(
      await backend.callEmulator(CHECK, {
        From_Account: 'alice',
        To_Account: to(1001),
        CheckType: 'CheckResult_Type_Both',
      }),
    ).toMatchObject({ ErrorCode: 30001 });
    expect(
      FriendCheckResponse.parse(
        await backend.callEmulator(CHECK, {
          From_Account: 'alice',
          To_Account: to(1000),
          CheckType: 'CheckResult_Type_Both',
        }),
      ).InfoItem,
    ).toHaveLength(1000);
  });
});

describe('accounts', () => {
  it('imports idempotently and reports invalid UserIDs in FailAccounts', async () => {
    const first = AccountImportResponse.parse(
      await backend.callEmulator('v4/im_open_login_svc/account_import', {
        UserID: 'zoe',
        Nick: 'Zoe',
      }),
    );
    expect(first).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    await backend.callEmulator('v4/im_open_login_svc/account_import', { UserID: 'zoe' });
    expect(backend.emulator.state.accounts.get('zoe')?.nick).toBe('Zoe');
    const multi = MultiaccountImportResponse.parse(
      await backend.callEmulator('v4/im_open_login_svc/multiaccount_import', {
        Accounts: ['ok1', 'x'.repeat(33), 'has space'],
      }),
    );
    expect(multi.FailAccounts).toEqual(['x'.repeat(33), 'has space']);
    expect(backend.emulator.state.accounts.has('ok1')).toBe(true);
  });

  it('rejects a Nick over 500 bytes with 40601 and more than 100 accounts with 70402', async () => {
    expect(
      await backend.callEmulator('v4/im_open_login_svc/account_import', {
        UserID: 'z',
        Nick: '你'.repeat(167),
      }),
    ).toMatchObject({ ErrorCode: 40601 });
    const accounts = Array.from({ length: 101 }, (_, i) => `m${i}`);
    expect(
      await backend.callEmulator('v4/im_open_login_svc/multiaccount_import', {
        Accounts: accounts,
      }),
    ).toMatchObject({ ErrorCode: 70402 });
  });

  it('gives new accounts AllowType NeedConfirm (D4)', async () => {
    await importAccounts('fresh');
    expect(backend.emulator.state.accounts.get('fresh')?.allowType).toBe(
      'AllowType_Type_NeedConfirm',
    );
  });
});

describe('friend_add semantics', () => {
  beforeEach(async () => {
    await importAccounts('alice', 'bob', 'carol', 'dave');
    setAllowType('bob', 'AllowType_Type_AllowAny');
    setAllowType('carol', 'AllowType_Type_NeedConfirm');
    setAllowType('dave', 'AllowType_Type_DenyAny');
  });

  it('adds both ways by default and one way with Add_Type_Single', async () => {
    const both = await add({
      From_Account: 'alice',
      AddFriendItem: [
        { To_Account: 'bob', Remark: 'Bobby', GroupName: 'Team', AddSource: 'AddSource_Type_Web' },
      ],
    });
    expect(both).toEqual({
      ResultItem: [{ To_Account: 'bob', ResultCode: 0, ResultInfo: '' }],
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
    });
    expect(await relation('alice', 'bob')).toBe('CheckResult_Type_BothWay');
    expect(backend.emulator.state.accounts.get('alice')?.friends.get('bob')).toMatchObject({
      remark: 'Bobby',
      groups: ['Team'],
    });

    setAllowType('alice', 'AllowType_Type_AllowAny');
    await importAccounts('erin');
    setAllowType('erin', 'AllowType_Type_AllowAny');
    await add({
      From_Account: 'erin',
      AddFriendItem: [{ To_Account: 'alice' }],
      AddType: 'Add_Type_Single',
    });
    expect(await relation('erin', 'alice')).toBe('CheckResult_Type_AWithB');
    expect(await relation('alice', 'erin')).toBe('CheckResult_Type_BWithA');
  });

  it('records a request for NeedConfirm (30539, listed in Fail_Account, D7) and force adds (D5)', async () => {
    const pending = await add({ From_Account: 'alice', AddFriendItem: [{ To_Account: 'carol' }] });
    expect(pending.ResultItem?.[0]).toMatchObject({ ResultCode: 30539 });
    expect(pending.Fail_Account).toEqual(['carol']);
    expect(backend.emulator.state.accounts.get('alice')?.pendingSent.has('carol')).toBe(true);
    expect(await relation('alice', 'carol')).toBe('CheckResult_Type_NoRelation');

    const forced = await add({
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'carol' }],
      ForceAddFlags: 1,
    });
    expect(forced.ResultItem?.[0]?.ResultCode).toBe(0);
    expect(await relation('alice', 'carol')).toBe('CheckResult_Type_BothWay');
  });

  it('applies AllowType to one-way adds too (D6)', async () => {
    const single = await add({
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'carol' }],
      AddType: 'Add_Type_Single',
    });
    expect(single.ResultItem?.[0]?.ResultCode).toBe(30539);
  });

  it('refuses DenyAny with 30516 unless forced', async () => {
    const denied = await add({ From_Account: 'alice', AddFriendItem: [{ To_Account: 'dave' }] });
    expect(denied.ResultItem?.[0]).toEqual({
      To_Account: 'dave',
      ResultCode: 30516,
      ResultInfo: 'Err_SNS_FriendAdd_Friend_Allow_Type_Forbid',
    });
    const forced = await add({
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'dave' }],
      ForceAddFlags: 1,
    });
    expect(forced.ResultItem?.[0]?.ResultCode).toBe(0);
  });

  it('never bypasses blocklists, even with force: 30515 and 30525', async () => {
    backend.emulator.state.accounts.get('alice')?.blocked.set('bob', 0);
    const own = await add({
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'bob' }],
      ForceAddFlags: 1,
    });
    expect(own.ResultItem?.[0]?.ResultCode).toBe(30515);
    const peer = await add({
      From_Account: 'bob',
      AddFriendItem: [{ To_Account: 'alice' }],
      ForceAddFlags: 1,
    });
    expect(peer.ResultItem?.[0]?.ResultCode).toBe(30525);
  });

  it('answers an existing friendship with 30001 Friend_Exist and changes nothing (D8)', async () => {
    await add({
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'bob' }],
      AddType: 'Add_Type_Single',
    });
    const again = await add({
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'bob' }],
      AddType: 'Add_Type_Both',
    });
    expect(again.ResultItem?.[0]).toEqual({
      To_Account: 'bob',
      ResultCode: 30001,
      ResultInfo: 'Err_SNS_FriendAdd_Friend_Exist',
    });
    expect(await relation('alice', 'bob')).toBe('CheckResult_Type_AWithB');
  });

  it('fails self-adds (D9), unknown targets (D10) and bad items (D2, D3) per item, in request order (D11)', async () => {
    const answer = await add({
      From_Account: 'alice',
      AddFriendItem: [
        { To_Account: 'alice' },
        { To_Account: 'ghost' },
        { To_Account: 'bob', Remark: '你'.repeat(33) },
        { To_Account: 'bob', AddSource: 'AddSource_Type_TooLongName' },
        { To_Account: 'bob' },
      ],
    });
    expect(
      answer.ResultItem?.map((item) => [item.To_Account, item.ResultCode, item.ResultInfo]),
    ).toEqual([
      ['alice', 30001, 'To_Account must differ from From_Account'],
      ['ghost', 30003, 'To_Account ghost does not exist'],
      ['bob', 30001, 'Remark is 99 bytes; the limit is 96 bytes'],
      ['bob', 30001, 'Err_SNS_FriendAdd_Source_Illegal'],
      ['bob', 0, ''],
    ]);
    expect(answer.Fail_Account).toEqual(['alice', 'ghost', 'bob', 'bob']);
  });

  it('fails the whole request for an unknown From_Account (D10)', async () => {
    expect(
      await backend.callEmulator(ADD, {
        From_Account: 'nobody',
        AddFriendItem: [{ To_Account: 'bob' }],
      }),
    ).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 30003,
    });
  });

  it('refuses adds from an account the admin forbade (30009), even forced', async () => {
    const alice = backend.emulator.state.accounts.get('alice');
    if (alice) alice.adminForbidType = 'AdminForbid_Type_SendOut';
    const answer = await add({
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'bob' }],
      ForceAddFlags: 1,
    });
    expect(answer.ResultItem?.[0]?.ResultCode).toBe(30009);
  });
});

describe('friend_check', () => {
  it('reports all four relations both ways and two in single mode', async () => {
    await importAccounts('a', 'b', 'c', 'd', 'e');
    for (const id of ['a', 'b', 'c', 'd', 'e']) setAllowType(id, 'AllowType_Type_AllowAny');
    await add({ From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] });
    await add({
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'c' }],
      AddType: 'Add_Type_Single',
    });
    await add({
      From_Account: 'd',
      AddFriendItem: [{ To_Account: 'a' }],
      AddType: 'Add_Type_Single',
    });
    const both = FriendCheckResponse.parse(
      await backend.callEmulator(CHECK, {
        From_Account: 'a',
        To_Account: ['b', 'c', 'd', 'e', 'ghost'],
        CheckType: 'CheckResult_Type_Both',
      }),
    );
    expect(both.InfoItem?.map((item) => [item.To_Account, item.Relation, item.ResultCode])).toEqual(
      [
        ['b', 'CheckResult_Type_BothWay', 0],
        ['c', 'CheckResult_Type_AWithB', 0],
        ['d', 'CheckResult_Type_BWithA', 0],
        ['e', 'CheckResult_Type_NoRelation', 0],
        ['ghost', 'CheckResult_Type_NoRelation', 30003],
      ],
    );
    expect(both.Fail_Account).toEqual(['ghost']);
    expect(await relation('a', 'b', 'CheckResult_Type_Single')).toBe('CheckResult_Type_AWithB');
    expect(await relation('a', 'd', 'CheckResult_Type_Single')).toBe('CheckResult_Type_NoRelation');
  });
});
