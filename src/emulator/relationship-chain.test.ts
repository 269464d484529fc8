import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type EndpointName, endpoints } from '@/shared/contract/endpoints';
import { startBackend, type TestBackend } from '@/testing/start-backend';

import { LIMITS } from './state';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({
    emulator: { rateLimit: false, customTags: ['Tag_SNS_Custom_Level', 'Tag_SNS_Custom_Note'] },
  });
});
afterAll(() => backend.stop());
beforeEach(async () => {
  backend.emulator.faults.clear();
  await backend.emulator.reset('empty');
});

type Answer = Record<string, unknown> & {
  ActionStatus: string;
  ErrorCode: number;
  ErrorInfo: string;
};

/** Calls the emulator directly and parses the answer with the contract's response schema. */
async function api(name: EndpointName, body: unknown): Promise<Answer> {
  const answer = await backend.callEmulator(endpoints[name].service, body);
  return endpoints[name].response.parse(answer) as Answer;
}

const items = (answer: Answer, key = 'ResultItem') =>
  (
    answer[key] as {
      To_Account?: string;
      UserID?: string;
      ResultCode: number;
      ResultInfo: string;
    }[]
  ).map((item) => [item.To_Account ?? item.UserID, item.ResultCode]);

async function accounts(...ids: string[]) {
  for (let start = 0; start < ids.length; start += 100) {
    await api('multiaccountImport', { Accounts: ids.slice(start, start + 100) });
  }
  for (const id of ids)
    backend.emulator.state.accounts.get(id)!.allowType = 'AllowType_Type_AllowAny';
}

async function befriend(from: string, to: string[], AddType = 'Add_Type_Both') {
  const answer = await api('friendAdd', {
    From_Account: from,
    AddFriendItem: to.map((To_Account) => ({ To_Account })),
    AddType,
  });
  expect(answer.Fail_Account).toBeUndefined();
}

const relation = async (from: string, to: string) =>
  (
    (
      await api('friendCheck', {
        From_Account: from,
        To_Account: [to],
        CheckType: 'CheckResult_Type_Both',
      })
    ).InfoItem as { Relation: string }[]
  )[0]?.Relation;

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('im_open_login_svc', () => {
  it('account_check says which accounts exist, 100 per call', async () => {
    await accounts('a');
    const answer = await api('accountCheck', { CheckItem: [{ UserID: 'a' }, { UserID: 'b' }] });
    expect(answer.ResultItem).toEqual([
      { UserID: 'a', ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' },
      { UserID: 'b', ResultCode: 0, ResultInfo: '', AccountStatus: 'NotImported' },
    ]);
    expect(
      (await api('accountCheck', { CheckItem: ids('x', 100).map((UserID) => ({ UserID })) }))
        .ActionStatus,
    ).toBe('OK');
    expect(
      await api('accountCheck', { CheckItem: ids('x', 101).map((UserID) => ({ UserID })) }),
    ).toMatchObject({ ErrorCode: 70402 });
  });

  it('account_delete removes the account and every relation to it; unknown ids get 70107', async () => {
    await accounts('a', 'b');
    await befriend('a', ['b']);
    const answer = await api('accountDelete', {
      DeleteItem: [{ UserID: 'b' }, { UserID: 'ghost' }],
    });
    expect(items(answer)).toEqual([
      ['b', 0],
      ['ghost', 70107],
    ]);
    expect(backend.emulator.state.accounts.get('a')?.friends.size).toBe(0);
    expect(
      await api('accountDelete', { DeleteItem: ids('x', 101).map((UserID) => ({ UserID })) }),
    ).toMatchObject({ ErrorCode: 70402 });
  });
});

describe('profile', () => {
  it('portrait_set changes AllowType, which friend_add then follows', async () => {
    await accounts('a', 'b');
    await api('portraitSet', {
      From_Account: 'b',
      ProfileItem: [
        { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_DenyAny' },
        { Tag: 'Tag_Profile_IM_Nick', Value: '小明' },
      ],
    });
    const answer = await api('friendAdd', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b' }],
    });
    expect(items(answer)).toEqual([['b', 30516]]);
    const got = await api('portraitGet', {
      To_Account: ['b', 'ghost'],
      TagList: [
        'Tag_Profile_IM_AllowType',
        'Tag_Profile_IM_Nick',
        'Tag_Profile_IM_AdminForbidType',
      ],
    });
    expect(got.UserProfileItem).toEqual([
      {
        To_Account: 'b',
        ProfileItem: [
          { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_DenyAny' },
          { Tag: 'Tag_Profile_IM_Nick', Value: '小明' },
          { Tag: 'Tag_Profile_IM_AdminForbidType', Value: 'AdminForbid_Type_None' },
        ],
        ResultCode: 0,
        ResultInfo: '',
      },
      { To_Account: 'ghost', ResultCode: 40003, ResultInfo: 'account does not exist' },
    ]);
    expect(got.Fail_Account).toEqual(['ghost']);
  });

  it.each([
    [
      'an AllowType outside the enum',
      { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_Maybe' },
      40605,
    ],
    ['a number for a string tag', { Tag: 'Tag_Profile_IM_Nick', Value: 7 }, 40610],
    ['an unknown tag', { Tag: 'Tag_Profile_Custom_Foo', Value: 'x' }, 40009],
    ['a Nick of 501 bytes', { Tag: 'Tag_Profile_IM_Nick', Value: '你'.repeat(167) }, 40601],
  ])('portrait_set refuses %s with %i and changes nothing', async (_case, item, code) => {
    await accounts('a');
    const answer = await api('portraitSet', {
      From_Account: 'a',
      ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: 'kept' }, item],
    });
    expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: code });
    expect(backend.emulator.state.accounts.get('a')?.nick).toBe('');
  });

  it('portrait_set of an unknown account is 40003; portrait_get takes 100 accounts, not 101', async () => {
    expect(
      await api('portraitSet', {
        From_Account: 'ghost',
        ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: 'x' }],
      }),
    ).toMatchObject({ ErrorCode: 40003 });
    expect(
      (await api('portraitGet', { To_Account: ids('x', 100), TagList: ['Tag_Profile_IM_Nick'] }))
        .ActionStatus,
    ).toBe('OK');
    expect(
      await api('portraitGet', { To_Account: ids('x', 101), TagList: ['Tag_Profile_IM_Nick'] }),
    ).toMatchObject({ ErrorCode: 40001 });
  });
});

describe('friend_import and friend_update', () => {
  it('imports one way without verification, with groups and custom fields', async () => {
    await accounts('a', 'b', 'c');
    backend.emulator.state.accounts.get('b')!.allowType = 'AllowType_Type_DenyAny';
    const answer = await api('friendImport', {
      From_Account: 'a',
      AddFriendItem: [
        {
          To_Account: 'b',
          AddSource: 'AddSource_Type_Import',
          GroupName: ['Team', 'Old'],
          Remark: 'Bee',
          AddTime: 1600000000,
          CustomItem: [{ Tag: 'Tag_SNS_Custom_Level', Value: 3 }],
        },
        { To_Account: 'c', AddSource: 'Import' },
        { To_Account: 'ghost', AddSource: 'AddSource_Type_Import' },
        { To_Account: 'b', AddSource: 'AddSource_Type_Import' },
      ],
    });
    expect(items(answer)).toEqual([
      ['b', 0],
      ['c', 30001],
      ['ghost', 30003],
      ['b', 30001],
    ]);
    expect(answer.Fail_Account).toEqual(['c', 'ghost', 'b']);
    expect(await relation('a', 'b')).toBe('CheckResult_Type_AWithB');
    expect(backend.emulator.state.accounts.get('a')?.friends.get('b')).toMatchObject({
      groups: ['Team', 'Old'],
      remark: 'Bee',
      addTime: 1600000000,
      custom: { Tag_SNS_Custom_Level: 3 },
    });
    expect(
      await api('friendImport', { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] }),
    ).toMatchObject({ ErrorCode: 30001, ErrorInfo: expect.stringContaining('AddSource') });
    expect(
      await api('friendImport', {
        From_Account: 'a',
        AddFriendItem: ids('x', 1001).map((To_Account) => ({
          To_Account,
          AddSource: 'AddSource_Type_A',
        })),
      }),
    ).toMatchObject({ ErrorCode: 30001 });
  });

  it('updates remark, groups (replacing them) and custom tags; a non-friend is 30001', async () => {
    await accounts('a', 'b', 'c');
    await befriend('a', ['b']);
    const answer = await api('friendUpdate', {
      From_Account: 'a',
      UpdateItem: [
        {
          To_Account: 'b',
          SnsItem: [
            { Tag: 'Tag_SNS_IM_Remark', Value: '好友' },
            { Tag: 'Tag_SNS_IM_Group', Value: ['G1'] },
            { Tag: 'Tag_SNS_Custom_Note', Value: 'hi' },
          ],
        },
        { To_Account: 'c', SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: 'x' }] },
        { To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: '你'.repeat(33) }] },
        { To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_IM_AddTime', Value: 1 }] },
      ],
    });
    expect(items(answer)).toEqual([
      ['b', 0],
      ['c', 30001],
      ['b', 30001],
      ['b', 30001],
    ]);
    expect(backend.emulator.state.accounts.get('a')?.friends.get('b')).toMatchObject({
      remark: '好友',
      groups: ['G1'],
      custom: { Tag_SNS_Custom_Note: 'hi' },
    });
  });
});

describe('friend_delete and friend_delete_all', () => {
  it('deletes one way by default, both ways on request; a non-friend is 31704 (D14)', async () => {
    await accounts('a', 'b', 'c', 'd');
    await befriend('a', ['b', 'c']);
    const single = await api('friendDelete', {
      From_Account: 'a',
      To_Account: ['b', 'd', 'ghost'],
    });
    expect(items(single)).toEqual([
      ['b', 0],
      ['d', 31704],
      ['ghost', 30003],
    ]);
    expect(single.Fail_Account).toEqual(['d', 'ghost']);
    expect(await relation('a', 'b')).toBe('CheckResult_Type_BWithA');
    await api('friendDelete', {
      From_Account: 'a',
      To_Account: ['c'],
      DeleteType: 'Delete_Type_Both',
    });
    expect(await relation('a', 'c')).toBe('CheckResult_Type_NoRelation');
    expect(
      await api('friendDelete', { From_Account: 'a', To_Account: ids('x', 1001) }),
    ).toMatchObject({ ErrorCode: 30001 });
  });

  it('friend_delete_all empties the list, and the peers’ lists too with Delete_Type_Both', async () => {
    await accounts('a', 'b', 'c');
    await befriend('a', ['b', 'c']);
    expect((await api('friendDeleteAll', { From_Account: 'a' })).ActionStatus).toBe('OK');
    expect(await relation('a', 'b')).toBe('CheckResult_Type_BWithA');
    await befriend('a', ['b']);
    await api('friendDeleteAll', { From_Account: 'a', DeleteType: 'Delete_Type_Both' });
    expect(await relation('a', 'b')).toBe('CheckResult_Type_NoRelation');
    expect(await relation('a', 'c')).toBe('CheckResult_Type_BWithA');
  });
});

describe('friend_get and friend_get_list', () => {
  it('pages the friend list 100 at a time with every standard field', async () => {
    await accounts('a', ...ids('f', 150));
    await api('friendAdd', {
      From_Account: 'a',
      AddFriendItem: ids('f', 150).map((To_Account) => ({
        To_Account,
        Remark: `r-${To_Account}`,
        AddSource: 'AddSource_Type_Web',
      })),
      AddType: 'Add_Type_Single',
    });
    const first = await api('friendGet', { From_Account: 'a', StartIndex: 0 });
    expect(first).toMatchObject({ FriendNum: 150, CompleteFlag: 0, NextStartIndex: 100 });
    const friends = first.UserDataItem as {
      To_Account: string;
      ValueItem: { Tag: string; Value: unknown }[];
    }[];
    expect(friends).toHaveLength(100);
    expect(friends[0]?.ValueItem).toEqual(
      expect.arrayContaining([
        { Tag: 'Tag_SNS_IM_Remark', Value: 'r-f0' },
        { Tag: 'Tag_SNS_IM_AddSource', Value: 'AddSource_Type_Web' },
      ]),
    );
    const second = await api('friendGet', { From_Account: 'a', StartIndex: 100 });
    expect(second).toMatchObject({ CompleteFlag: 1, NextStartIndex: 0 });
    expect(second.UserDataItem).toHaveLength(50);
  });

  it('friend_get_list returns friend and profile tags; a non-friend is 30001', async () => {
    await accounts('a', 'b', 'c');
    await api('friendAdd', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b', Remark: 'Bee', GroupName: 'Team' }],
    });
    const answer = await api('friendGetList', {
      From_Account: 'a',
      To_Account: ['b', 'c'],
      TagList: ['Tag_SNS_IM_Remark', 'Tag_SNS_IM_Group', 'Tag_Profile_IM_AllowType'],
    });
    expect(answer.InfoItem).toEqual([
      {
        To_Account: 'b',
        SnsProfileItem: [
          { Tag: 'Tag_SNS_IM_Remark', Value: 'Bee' },
          { Tag: 'Tag_SNS_IM_Group', Value: ['Team'] },
          { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_AllowAny' },
        ],
        ResultCode: 0,
        ResultInfo: '',
      },
      { To_Account: 'c', ResultCode: 30001, ResultInfo: 'Err_SNS_FriendGetList_Friend_Not_Exist' },
    ]);
  });
});

describe('blocklist', () => {
  it('black_list_add dissolves friendships both ways and pending requests (D13)', async () => {
    await accounts('a', 'b', 'c');
    backend.emulator.state.accounts.get('c')!.allowType = 'AllowType_Type_NeedConfirm';
    await befriend('a', ['b']);
    await api('friendAdd', { From_Account: 'a', AddFriendItem: [{ To_Account: 'c' }] });
    const answer = await api('blackListAdd', {
      From_Account: 'a',
      To_Account: ['b', 'c', 'a', 'ghost'],
    });
    expect(items(answer)).toEqual([
      ['b', 0],
      ['c', 0],
      ['a', 30001],
      ['ghost', 30003],
    ]);
    expect(await relation('a', 'b')).toBe('CheckResult_Type_NoRelation');
    expect(backend.emulator.state.accounts.get('a')?.pendingSent.has('c')).toBe(false);
    expect(items(await api('blackListAdd', { From_Account: 'a', To_Account: ['b'] }))).toEqual([
      ['b', 30001],
    ]); // D15
  });

  it('black_list_check, black_list_get paging and black_list_delete', async () => {
    await accounts('a', 'b', 'c', 'd');
    await api('blackListAdd', { From_Account: 'a', To_Account: ['b', 'c', 'd'] });
    await api('blackListAdd', { From_Account: 'b', To_Account: ['a'] });
    await api('blackListAdd', { From_Account: 'd', To_Account: ['a'] });
    const check = await api('blackListCheck', {
      From_Account: 'a',
      To_Account: ['b', 'c'],
      CheckType: 'BlackCheckResult_Type_Both',
    });
    expect(
      (check.BlackListCheckItem as { Relation: string }[]).map((item) => item.Relation),
    ).toEqual(['BlackCheckResult_Type_BothWay', 'BlackCheckResult_Type_AWithB']);
    const reverse = await api('blackListCheck', {
      From_Account: 'c',
      To_Account: ['a', 'd'],
      CheckType: 'BlackCheckResult_Type_Both',
    });
    expect(
      (reverse.BlackListCheckItem as { Relation: string }[]).map((item) => item.Relation),
    ).toEqual(['BlackCheckResult_Type_BWithA', 'BlackCheckResult_Type_NO']);
    const page = await api('blackListGet', {
      From_Account: 'a',
      StartIndex: 0,
      MaxLimited: 2,
      LastSequence: 0,
    });
    expect((page.BlackListItem as { To_Account: string }[]).map((item) => item.To_Account)).toEqual(
      ['b', 'c'],
    );
    expect(page.StartIndex).toBe(2);
    expect(
      (
        await api('blackListGet', {
          From_Account: 'a',
          StartIndex: 2,
          MaxLimited: 2,
          LastSequence: 0,
        })
      ).StartIndex,
    ).toBe(0);
    expect(
      items(await api('blackListDelete', { From_Account: 'a', To_Account: ['b', 'b'] })),
    ).toEqual([
      ['b', 0],
      ['b', 30001],
    ]);
  });

  it('blocks keep friend_add out both ways, even forced (30515, 30525)', async () => {
    await accounts('a', 'b');
    await api('blackListAdd', { From_Account: 'a', To_Account: ['b'] });
    expect(
      items(
        await api('friendAdd', {
          From_Account: 'a',
          AddFriendItem: [{ To_Account: 'b' }],
          ForceAddFlags: 1,
        }),
      ),
    ).toEqual([['b', 30515]]);
    expect(
      items(
        await api('friendAdd', {
          From_Account: 'b',
          AddFriendItem: [{ To_Account: 'a' }],
          ForceAddFlags: 1,
        }),
      ),
    ).toEqual([['a', 30525]]);
  });
});

describe('friend groups', () => {
  it('group_add puts friends in new groups (32216 for a non-friend), group_get lists them, group_delete removes them', async () => {
    await accounts('a', 'b', 'c');
    await befriend('a', ['b']);
    const added = await api('groupAdd', {
      From_Account: 'a',
      GroupName: ['Work', 'Gym'],
      To_Account: ['b', 'c'],
    });
    expect(items(added)).toEqual([
      ['b', 0],
      ['c', 32216],
    ]);
    expect(added.CurrentSequence).toEqual(expect.any(Number));
    const got = await api('groupGet', { From_Account: 'a', NeedFriend: 'Need_Friend_Type_Yes' });
    expect(got.ResultItem).toEqual([
      { GroupName: 'Work', FriendNumber: 1, To_Account: ['b'] },
      { GroupName: 'Gym', FriendNumber: 1, To_Account: ['b'] },
    ]);
    await api('groupDelete', { From_Account: 'a', GroupName: ['Work'] });
    expect(backend.emulator.state.accounts.get('a')?.friends.get('b')?.groups).toEqual(['Gym']);
    expect(await api('groupDelete', { From_Account: 'a', GroupName: ['Nope'] })).toMatchObject({
      ErrorCode: 30001,
    });
  });
});

describe('limits (D19)', () => {
  it(`the ${LIMITS.groups + 1}th friend group is 30011, by group_add and by friend_add`, async () => {
    await accounts('a', 'b');
    await api('groupAdd', { From_Account: 'a', GroupName: ids('g', LIMITS.groups) });
    expect(await api('groupAdd', { From_Account: 'a', GroupName: ['one-more'] })).toMatchObject({
      ErrorCode: 30011,
    });
    expect(
      items(
        await api('friendAdd', {
          From_Account: 'a',
          AddFriendItem: [{ To_Account: 'b', GroupName: 'one-more' }],
        }),
      ),
    ).toEqual([['b', 30011]]);
    expect(
      items(
        await api('friendAdd', {
          From_Account: 'a',
          AddFriendItem: [{ To_Account: 'b', GroupName: 'g0' }],
        }),
      ),
    ).toEqual([['b', 0]]);
  });

  it(`the ${LIMITS.pendingSent + 1}th request awaiting approval is 30012`, async () => {
    const targets = ids('p', LIMITS.pendingSent + 1);
    await accounts('a', ...targets);
    for (const id of targets)
      backend.emulator.state.accounts.get(id)!.allowType = 'AllowType_Type_NeedConfirm';
    const answer = await api('friendAdd', {
      From_Account: 'a',
      AddFriendItem: targets.map((To_Account) => ({ To_Account })),
    });
    const codes = (answer.ResultItem as { ResultCode: number }[]).map((item) => item.ResultCode);
    expect(codes.filter((code) => code === 30539)).toHaveLength(LIMITS.pendingSent);
    expect(codes.at(-1)).toBe(30012);
  });

  it(`${LIMITS.friends} friends fill a list: 30010 for the owner, 30014 for a peer`, async () => {
    const friends = ids('f', LIMITS.friends);
    await accounts('full', 'extra', 'other', ...friends);
    for (let start = 0; start < friends.length; start += 1000) {
      await api('friendImport', {
        From_Account: 'full',
        AddFriendItem: friends
          .slice(start, start + 1000)
          .map((To_Account) => ({ To_Account, AddSource: 'AddSource_Type_Bulk' })),
      });
    }
    expect(
      items(
        await api('friendAdd', { From_Account: 'full', AddFriendItem: [{ To_Account: 'extra' }] }),
      ),
    ).toEqual([['extra', 30010]]);
    expect(
      items(
        await api('friendAdd', { From_Account: 'other', AddFriendItem: [{ To_Account: 'full' }] }),
      ),
    ).toEqual([['full', 30014]]);
    expect(
      items(
        await api('friendAdd', {
          From_Account: 'other',
          AddFriendItem: [{ To_Account: 'full' }],
          AddType: 'Add_Type_Single',
        }),
      ),
    ).toEqual([['full', 0]]);
  });

  it(`the ${LIMITS.blocked + 1}th block is 30013`, async () => {
    const targets = ids('b', LIMITS.blocked + 1);
    await accounts('a', ...targets);
    await api('blackListAdd', { From_Account: 'a', To_Account: targets.slice(0, LIMITS.blocked) });
    expect(
      items(await api('blackListAdd', { From_Account: 'a', To_Account: [targets.at(-1)] })),
    ).toEqual([[targets.at(-1), 30013]]);
  });
});

describe('per-call caps: exactly at the cap passes, one over fails the request', () => {
  const list = (n: number) => ids('x', n);
  it.each([
    ['blackListAdd', 1000, (n: number) => ({ From_Account: 'a', To_Account: list(n) })],
    ['blackListDelete', 1000, (n: number) => ({ From_Account: 'a', To_Account: list(n) })],
    [
      'blackListCheck',
      1000,
      (n: number) => ({
        From_Account: 'a',
        To_Account: list(n),
        CheckType: 'BlackCheckResult_Type_Both',
      }),
    ],
    [
      'friendGetList',
      1000,
      (n: number) => ({ From_Account: 'a', To_Account: list(n), TagList: ['Tag_SNS_IM_Remark'] }),
    ],
    [
      'friendUpdate',
      1000,
      (n: number) => ({
        From_Account: 'a',
        UpdateItem: list(n).map((To_Account) => ({
          To_Account,
          SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: 'r' }],
        })),
      }),
    ],
    ['groupAdd', 32, (n: number) => ({ From_Account: 'a', GroupName: list(n) })],
    [
      'blackListGet',
      1000,
      (n: number) => ({ From_Account: 'a', StartIndex: 0, MaxLimited: n, LastSequence: 0 }),
    ],
  ] as const)('%s takes %i', async (name, cap, body) => {
    await accounts('a');
    expect((await api(name, body(cap))).ActionStatus).toBe('OK');
    expect(await api(name, body(cap + 1))).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 30001,
    });
  });
});
