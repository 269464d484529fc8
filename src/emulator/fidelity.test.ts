import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { endpoints } from '@/shared/contract/endpoints';
import { startBackend, type TestBackend } from '@/testing/start-backend';

import { EmulatorEnv } from './server';
import { LIMITS } from './state';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({ emulator: { rateLimit: false } });
});
afterAll(() => backend.stop());
beforeEach(async () => {
  await backend.emulator.reset('empty');
  backend.emulator.faults.clear();
  backend.emulator.config.customTags = [];
});

type Answer = Record<string, unknown>;
type Item = { To_Account: string; ResultCode: number; ResultInfo: string };
type Friend = { To_Account: string; ValueItem?: { Tag: string; Value: unknown }[] };

const call = (command: string, body: unknown): Promise<Answer> =>
  backend.callEmulator(`v4/${command}`, body);

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${backend.emulatorUrl}/__emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Answer };
}

async function accounts(...ids: string[]) {
  await call('im_open_login_svc/multiaccount_import', { Accounts: ids });
  for (const id of ids)
    backend.emulator.state.accounts.get(id)!.allowType = 'AllowType_Type_AllowAny';
}

const items = (answer: Answer, key = 'ResultItem') => answer[key] as Item[];
const friendGet = (body: Answer) => call('sns/friend_get', { From_Account: 'a', ...body });
const sequences = (answer: Answer) => ({
  StandardSequence: answer.StandardSequence as number,
  CustomSequence: answer.CustomSequence as number,
});

describe('friend_get incremental sync (Pulling Friends)', () => {
  beforeEach(() => {
    backend.emulator.config.customTags = ['Tag_SNS_Custom_Note'];
  });

  it('answers every standard field that is set, in the doc sample’s order, and omits unset ones', async () => {
    await accounts('a', 'b', 'c');
    await call('sns/friend_add', {
      From_Account: 'a',
      AddFriendItem: [
        { To_Account: 'b', Remark: 'Bee', GroupName: 'Team', AddSource: 'AddSource_Type_Web' },
        { To_Account: 'c' },
      ],
      AddType: 'Add_Type_Single',
    });
    const answer = await friendGet({ StartIndex: 0, StandardSequence: 0, CustomSequence: 0 });
    const [b, c] = answer.UserDataItem as Friend[];
    expect(b?.ValueItem?.map((value) => value.Tag)).toEqual([
      'Tag_SNS_IM_AddSource',
      'Tag_SNS_IM_Remark',
      'Tag_SNS_IM_Group',
      'Tag_SNS_IM_AddTime',
    ]);
    expect(c?.ValueItem).toEqual([{ Tag: 'Tag_SNS_IM_AddTime', Value: expect.any(Number) }]);
    expect(Object.keys(answer).slice(0, 6)).toEqual([
      'UserDataItem',
      'StandardSequence',
      'CustomSequence',
      'FriendNum',
      'CompleteFlag',
      'NextStartIndex',
    ]);
  });

  it('leaves out what the client already has, and sends again only what changed', async () => {
    await accounts('a', 'b', 'c');
    await call('sns/friend_add', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b', Remark: 'Bee' }],
      AddType: 'Add_Type_Single',
    });
    const first = sequences(await friendGet({ StartIndex: 0 }));
    expect(first.StandardSequence).toBeGreaterThan(0);

    const unchanged = await friendGet({ StartIndex: 0, ...first });
    expect(unchanged.UserDataItem).toEqual([{ To_Account: 'b' }]);
    expect(unchanged).toMatchObject({ ...first, FriendNum: 1, CompleteFlag: 1 });

    await call('sns/friend_update', {
      From_Account: 'a',
      UpdateItem: [{ To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_Custom_Note', Value: 'hi' }] }],
    });
    const customOnly = await friendGet({ StartIndex: 0, ...first });
    expect(sequences(customOnly).StandardSequence).toBe(first.StandardSequence);
    expect(sequences(customOnly).CustomSequence).not.toBe(first.CustomSequence);
    expect(customOnly.UserDataItem).toEqual([
      { To_Account: 'b', ValueItem: [{ Tag: 'Tag_SNS_Custom_Note', Value: 'hi' }] },
    ]);

    const second = sequences(customOnly);
    await call('sns/friend_update', {
      From_Account: 'a',
      UpdateItem: [{ To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: 'B' }] }],
    });
    const standardOnly = await friendGet({ StartIndex: 0, ...second });
    expect(sequences(standardOnly).CustomSequence).toBe(second.CustomSequence);
    expect((standardOnly.UserDataItem as Friend[])[0]?.ValueItem).toEqual([
      { Tag: 'Tag_SNS_IM_Remark', Value: 'B' },
      { Tag: 'Tag_SNS_IM_AddTime', Value: expect.any(Number) },
    ]);
  });

  it('keeps the sequences through a state export and import, so clients need not pull again', async () => {
    await accounts('a', 'b');
    await call('sns/friend_add', { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] });
    await call('sns/friend_update', {
      From_Account: 'a',
      UpdateItem: [{ To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_Custom_Note', Value: 'x' }] }],
    });
    const before = sequences(await friendGet({ StartIndex: 0 }));
    const saved = (await control('GET', '/state')).json;
    await backend.emulator.reset('empty');
    expect((await control('PUT', '/state', saved)).status).toBe(200);
    const after = await friendGet({ StartIndex: 0, ...before });
    expect(after).toMatchObject(before);
    expect(after.UserDataItem).toEqual([{ To_Account: 'b' }]);
  });

  it('does not move the friend sequences for blocklist or group-list changes that touch no friend', async () => {
    await accounts('a', 'b', 'c');
    await call('sns/friend_add', { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] });
    const before = sequences(await friendGet({ StartIndex: 0 }));
    const blocklistBefore = (
      await call('sns/black_list_get', {
        From_Account: 'a',
        StartIndex: 0,
        MaxLimited: 10,
        LastSequence: 0,
      })
    ).CurruentSequence;

    await call('sns/black_list_add', { From_Account: 'a', To_Account: ['c'] });
    const group = await call('sns/group_add', { From_Account: 'a', GroupName: ['Work'] });
    expect(sequences(await friendGet({ StartIndex: 0 }))).toEqual(before);
    expect(group.CurrentSequence).toBe(1);
    const blocklist = await call('sns/black_list_get', {
      From_Account: 'a',
      StartIndex: 0,
      MaxLimited: 10,
      LastSequence: 0,
    });
    expect(blocklist.CurruentSequence).toBe((blocklistBefore as number) + 1);

    // Putting a friend in a group and blocking a friend do change standard friend data.
    await call('sns/group_add', { From_Account: 'a', GroupName: ['Gym'], To_Account: ['b'] });
    const grouped = sequences(await friendGet({ StartIndex: 0 }));
    expect(grouped.StandardSequence).toBe(before.StandardSequence + 1);
    await call('sns/black_list_add', { From_Account: 'a', To_Account: ['b'] });
    const blocked = await friendGet({ StartIndex: 0, ...grouped });
    expect(sequences(blocked).StandardSequence).toBe(grouped.StandardSequence + 1);
    expect(blocked).toMatchObject({ UserDataItem: [], FriendNum: 0 });
  });
});

/** One body per API with a UserID sent as a JSON number (or another non-string). */
const NON_STRING_IDS: Record<string, unknown> = {
  'v4/im_open_login_svc/account_import': { UserID: 12345 },
  'v4/im_open_login_svc/multiaccount_import': { Accounts: ['a', 12345] },
  'v4/im_open_login_svc/account_check': { CheckItem: [{ UserID: 12345 }] },
  'v4/im_open_login_svc/account_delete': { DeleteItem: [{ UserID: 12345 }] },
  'v4/profile/portrait_set': {
    From_Account: 12345,
    ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: 'x' }],
  },
  'v4/profile/portrait_get': { To_Account: [12345], TagList: ['Tag_Profile_IM_Nick'] },
  'v4/sns/friend_add': { From_Account: 'a', AddFriendItem: [{ To_Account: 12345 }] },
  'v4/sns/friend_import': {
    From_Account: 'a',
    AddFriendItem: [{ To_Account: 12345, AddSource: 'AddSource_Type_A' }],
  },
  'v4/sns/friend_update': {
    From_Account: 'a',
    UpdateItem: [{ To_Account: 12345, SnsItem: [{ Tag: 'Tag_SNS_IM_Remark', Value: 'x' }] }],
  },
  'v4/sns/friend_delete': { From_Account: 'a', To_Account: [12345] },
  'v4/sns/friend_delete_all': { From_Account: 12345 },
  'v4/sns/friend_check': {
    From_Account: 'a',
    To_Account: ['b', 12345],
    CheckType: 'CheckResult_Type_Both',
  },
  'v4/sns/friend_get': { From_Account: null, StartIndex: 0 },
  'v4/sns/friend_get_list': {
    From_Account: 'a',
    To_Account: [12345],
    TagList: ['Tag_SNS_IM_Remark'],
  },
  'v4/sns/black_list_add': { From_Account: 'a', To_Account: [12345] },
  'v4/sns/black_list_delete': { From_Account: 'a', To_Account: [true] },
  'v4/sns/black_list_get': {
    From_Account: 12345,
    StartIndex: 0,
    MaxLimited: 10,
    LastSequence: 0,
  },
  'v4/sns/black_list_check': {
    From_Account: 'a',
    To_Account: [{ id: 'b' }],
    CheckType: 'BlackCheckResult_Type_Both',
  },
  'v4/sns/group_add': { From_Account: 'a', GroupName: ['G'], To_Account: [12345] },
  'v4/sns/group_delete': { From_Account: ['a'], GroupName: ['G'] },
  'v4/sns/group_get': { From_Account: 12345 },
};

describe('60015: a UserID that is not a JSON string', () => {
  it('covers every API of the contract', () => {
    expect(Object.keys(NON_STRING_IDS).sort()).toEqual(
      Object.values(endpoints)
        .map((endpoint) => endpoint.service)
        .sort(),
    );
  });

  it.each(Object.entries(NON_STRING_IDS))(
    '%s answers 60015 with the live ErrorInfo and changes nothing',
    async (service, body) => {
      await accounts('a', 'b');
      const before = JSON.stringify((await control('GET', '/state')).json);
      expect(await backend.callEmulator(service, body)).toMatchObject({
        ActionStatus: 'FAIL',
        ErrorCode: 60015,
        ErrorInfo: 'body account invalid',
      });
      expect(JSON.stringify((await control('GET', '/state')).json)).toBe(before);
    },
  );

  it('keeps 30001 for a list sent as a string and for wrong types of other fields', async () => {
    await accounts('a', 'b');
    expect(
      await call('sns/friend_check', {
        From_Account: 'a',
        To_Account: 'b',
        CheckType: 'CheckResult_Type_Both',
      }),
    ).toMatchObject({ ErrorCode: 30001, ErrorInfo: expect.stringContaining('To_Account') });
    expect(await call('sns/friend_get', { From_Account: 'a', StartIndex: '0' })).toMatchObject({
      ErrorCode: 30001,
      ErrorInfo: expect.stringContaining('StartIndex'),
    });
  });

  it('survives a deeply nested body', async () => {
    const deep = `{"From_Account":"a","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(await backend.callEmulator('v4/sns/friend_get', deep)).toMatchObject({
      ErrorCode: 30001,
    });
  });
});

describe('Tencent’s own result strings', () => {
  it('answers 30009 with the live Err_SNS_FriendAdd_Forbid_By_Admin', async () => {
    await accounts('a', 'b');
    backend.emulator.state.accounts.get('a')!.adminForbidType = 'AdminForbid_Type_SendOut';
    const answer = await call('sns/friend_add', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b' }],
    });
    expect(items(answer)).toEqual([
      { To_Account: 'b', ResultCode: 30009, ResultInfo: 'Err_SNS_FriendAdd_Forbid_By_Admin' },
    ]);
  });

  it('answers friend_import’s full list and friend_update’s 33rd group with their samples’ strings', async () => {
    await accounts('a', 'b', 'c');
    await call('sns/friend_add', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b' }],
      AddType: 'Add_Type_Single',
    });
    await call('sns/group_add', {
      From_Account: 'a',
      GroupName: Array.from({ length: LIMITS.groups }, (_, i) => `g${i}`),
    });
    const update = await call('sns/friend_update', {
      From_Account: 'a',
      UpdateItem: [{ To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_IM_Group', Value: ['new'] }] }],
    });
    expect(items(update)[0]).toMatchObject({
      ResultCode: 30011,
      ResultInfo: 'Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold',
    });

    const a = backend.emulator.state.accounts.get('a')!;
    for (let i = a.friends.size; i < LIMITS.friends; i++) {
      a.friends.set(`filler${i}`, {
        remark: '',
        groups: [],
        addSource: 'AddSource_Type_Test',
        addWording: '',
        addTime: 1,
        custom: {},
      });
    }
    const imported = await call('sns/friend_import', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'c', AddSource: 'AddSource_Type_Test' }],
    });
    expect(items(imported)[0]).toMatchObject({
      ResultCode: 30010,
      ResultInfo: 'Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold',
    });
  });

  it.each([
    ['sns/friend_add', 'Err_SNS_FriendAdd_Unpack_Profile_Data_Fail'],
    ['sns/friend_check', 'Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail'],
    ['sns/black_list_delete', 'Err_SNS_BlackListCheck_Check_Reverse_BlackList_Fail'],
    ['sns/black_list_add', 'internal server error'],
    ['sns/friend_delete', 'internal server error'],
  ])('an injected 30006 on %s carries that API’s string: %s', async (command, info) => {
    await accounts('a', 'b');
    await control('POST', '/faults', { api: command, to: 'b', resultCode: 30006 });
    const body =
      command === 'sns/friend_add'
        ? { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] }
        : { From_Account: 'a', To_Account: ['b'], CheckType: 'CheckResult_Type_Both' };
    const key = command === 'sns/friend_check' ? 'InfoItem' : 'ResultItem';
    expect(items(await call(command, body), key)[0]).toMatchObject({
      ResultCode: 30006,
      ResultInfo: info,
    });
  });

  it('a request-level 30006 says nothing of FriendAdd on other APIs', async () => {
    await accounts('a');
    await control('POST', '/faults', { api: 'sns/black_list_get', errorCode: 30006 });
    expect(
      await call('sns/black_list_get', {
        From_Account: 'a',
        StartIndex: 0,
        MaxLimited: 1,
        LastSequence: 0,
      }),
    ).toMatchObject({ ErrorCode: 30006, ErrorInfo: 'internal server error' });
  });
});

describe('declared custom tags (EMULATOR_CUSTOM_TAGS, PATCH /config)', () => {
  it('reads the env list, and names the problem in a bad one', () => {
    const env = EmulatorEnv.parse({
      EMULATOR_CUSTOM_TAGS: 'Tag_Profile_Custom_Level, Tag_SNS_Custom_Note',
    });
    expect(env.EMULATOR_CUSTOM_TAGS).toEqual(['Tag_Profile_Custom_Level', 'Tag_SNS_Custom_Note']);
    expect(EmulatorEnv.parse({}).EMULATOR_CUSTOM_TAGS).toEqual([]);
    const bad = EmulatorEnv.safeParse({ EMULATOR_CUSTOM_TAGS: 'Tag_Profile_Custom_Level9' });
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['EMULATOR_CUSTOM_TAGS', 0],
      message: expect.stringContaining('1-8 letters'),
    });
    const many = Array.from(
      { length: 21 },
      (_, i) => `Tag_SNS_Custom_T${'abcdefghijklmnopqrstu'[i]}`,
    );
    expect(EmulatorEnv.safeParse({ EMULATOR_CUSTOM_TAGS: many.join(',') }).error?.message).toMatch(
      /at most 20/,
    );
  });

  it('refuses undeclared custom tags on profile and friend APIs, and takes them once declared', async () => {
    await accounts('a', 'b');
    await call('sns/friend_add', { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] });
    const setLevel = () =>
      call('profile/portrait_set', {
        From_Account: 'b',
        ProfileItem: [{ Tag: 'Tag_Profile_Custom_Level', Value: 7 }],
      });
    const updateNote = () =>
      call('sns/friend_update', {
        From_Account: 'a',
        UpdateItem: [{ To_Account: 'b', SnsItem: [{ Tag: 'Tag_SNS_Custom_Note', Value: 'hi' }] }],
      });
    const getList = () =>
      call('sns/friend_get_list', {
        From_Account: 'a',
        To_Account: ['b'],
        TagList: ['Tag_Profile_Custom_Level', 'Tag_SNS_Custom_Note'],
      });

    expect(await setLevel()).toMatchObject({
      ErrorCode: 40009,
      ErrorInfo: expect.stringContaining('Tag_Profile_Custom_Level'),
    });
    expect(
      await call('profile/portrait_get', {
        To_Account: ['b'],
        TagList: ['Tag_Profile_Custom_Level'],
      }),
    ).toMatchObject({ ErrorCode: 40009 });
    expect(items(await updateNote())[0]).toMatchObject({
      ResultCode: 30001,
      ResultInfo: expect.stringContaining('Tag_SNS_Custom_Note'),
    });
    const imported = await call('sns/friend_import', {
      From_Account: 'b',
      AddFriendItem: [
        {
          To_Account: 'a',
          AddSource: 'AddSource_Type_A',
          CustomItem: [{ Tag: 'Tag_SNS_Custom_Note', Value: 'x' }],
        },
      ],
    });
    expect(items(imported)[0]).toMatchObject({ ResultCode: 30001 });
    expect(await getList()).toMatchObject({ ErrorCode: 30001 });
    expect(backend.emulator.state.accounts.get('a')?.friends.get('b')?.custom).toEqual({});

    const declared = await control('PATCH', '/config', {
      customTags: ['Tag_Profile_Custom_Level', 'Tag_SNS_Custom_Note'],
    });
    expect(declared.json.customTags).toEqual(['Tag_Profile_Custom_Level', 'Tag_SNS_Custom_Note']);
    expect(await setLevel()).toMatchObject({ ActionStatus: 'OK' });
    expect(items(await updateNote())[0]).toMatchObject({ ResultCode: 0 });
    expect((await getList()).InfoItem).toEqual([
      {
        To_Account: 'b',
        SnsProfileItem: [
          { Tag: 'Tag_Profile_Custom_Level', Value: 7 },
          { Tag: 'Tag_SNS_Custom_Note', Value: 'hi' },
        ],
        ResultCode: 0,
        ResultInfo: '',
      },
    ]);
    // A Tag_SNS_Custom_* name is a friend field, not a profile field.
    expect(
      await call('profile/portrait_get', { To_Account: ['b'], TagList: ['Tag_SNS_Custom_Note'] }),
    ).toMatchObject({ ErrorCode: 40009 });
  });

  it('refuses a bad declaration through the control API, naming the field', async () => {
    const answer = await control('PATCH', '/config', { customTags: ['Tag_Custom_Level'] });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.json)).toContain('customTags');
    expect(backend.emulator.config.customTags).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'never takes the inherited name %s for a tag',
    async (tag) => {
      await accounts('a', 'b');
      await call('sns/friend_add', { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] });
      expect(
        await call('profile/portrait_set', {
          From_Account: 'a',
          ProfileItem: [{ Tag: tag, Value: 'x' }],
        }),
      ).toMatchObject({ ErrorCode: 40009 });
      expect(
        await call('profile/portrait_get', { To_Account: ['a'], TagList: [tag] }),
      ).toMatchObject({ ErrorCode: 40009 });
      expect(
        await call('sns/friend_get_list', { From_Account: 'a', To_Account: ['b'], TagList: [tag] }),
      ).toMatchObject({ ErrorCode: 30001 });
      const update = await call('sns/friend_update', {
        From_Account: 'a',
        UpdateItem: [{ To_Account: 'b', SnsItem: [{ Tag: tag, Value: 'x' }] }],
      });
      expect(items(update)[0]).toMatchObject({ ResultCode: 30001 });
      expect(Object.getPrototypeOf(backend.emulator.state.accounts.get('a')!.profile)).toBe(
        Object.prototype,
      );
    },
  );
});

describe('group_get', () => {
  beforeEach(async () => {
    await accounts('a', 'b', 'c');
    await call('sns/friend_add', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b' }, { To_Account: 'c' }],
    });
    await call('sns/group_add', {
      From_Account: 'a',
      GroupName: ['Work', 'Gym'],
      To_Account: ['b'],
    });
  });

  it('lists members only when NeedFriend asks, with or without GroupName', async () => {
    expect(
      (await call('sns/group_get', { From_Account: 'a', GroupName: ['Work'] })).ResultItem,
    ).toEqual([{ GroupName: 'Work', FriendNumber: 1 }]);
    expect(
      (
        await call('sns/group_get', {
          From_Account: 'a',
          GroupName: ['Gym'],
          NeedFriend: 'Need_Friend_Type_Yes',
        })
      ).ResultItem,
    ).toEqual([{ GroupName: 'Gym', FriendNumber: 1, To_Account: ['b'] }]);
    expect((await call('sns/group_get', { From_Account: 'a' })).ResultItem).toEqual([
      { GroupName: 'Work', FriendNumber: 1 },
      { GroupName: 'Gym', FriendNumber: 1 },
    ]);
  });

  it('fails an unknown group name with 30001 naming it, instead of dropping it', async () => {
    expect(
      await call('sns/group_get', { From_Account: 'a', GroupName: ['Work', 'Nope'] }),
    ).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 30001,
      ErrorInfo: 'GroupName: Nope does not exist',
    });
  });

  it('refuses more than 32 names in one request, naming the field and the limit', async () => {
    const names = Array.from({ length: 33 }, (_, i) => `g${i}`);
    expect(await call('sns/group_get', { From_Account: 'a', GroupName: names })).toMatchObject({
      ErrorCode: 30001,
      ErrorInfo: 'GroupName: GroupName has more than 32 groups; the limit is 32 per call',
    });
    const proxied = await backend.callProxy('v4/sns/group_get', {
      From_Account: 'a',
      GroupName: names,
    });
    expect(proxied.status).toBe(400);
    expect(await proxied.text()).toContain('the limit is 32');
  });
});
