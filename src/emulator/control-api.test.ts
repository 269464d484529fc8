import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { FriendAddResponse } from '@/shared/contract/friend-add';
import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { Envelope } from '@/shared/contract/common';
import { type CallRecord, MAX_FAULT_RULES } from '@/shared/contract/emulator-control';
import { startBackend, type TestBackend } from '@/testing/start-backend';

import type { FaultRule } from './faults';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({ emulator: { rateLimit: false, seed: 'demo' } });
});
afterAll(() => backend.stop());
beforeEach(async () => {
  await control('POST', '/reset', { seed: 'demo' });
  await control('DELETE', '/faults');
});

async function control(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${backend.emulatorUrl}/__emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const addErin = (to: string[]) =>
  backend.callEmulator('v4/sns/friend_add', {
    From_Account: 'erin',
    AddFriendItem: to.map((To_Account) => ({ To_Account })),
  });

describe('reset and seeds', () => {
  it('resets to empty or to a named seed, and refuses an unknown seed', async () => {
    expect(await control('POST', '/reset', { seed: 'empty' })).toMatchObject({
      status: 200,
      json: { seed: 'empty', accounts: 0 },
    });
    expect(await control('POST', '/reset', { seed: 'demo' })).toMatchObject({
      status: 200,
      json: { seed: 'demo', accounts: 6 },
    });
    expect(await control('GET', '/seeds')).toMatchObject({
      json: { seeds: ['empty', 'demo', 'mixed-relations'], loaded: 'demo' },
    });
    // An imported state is no scenario, even one exported from a scenario.
    const state = await control('GET', '/state');
    expect((await control('PUT', '/state', state.json)).status).toBe(200);
    expect(await control('GET', '/seeds')).toMatchObject({ json: { loaded: null } });
    const bad = await control('POST', '/reset', { seed: 'nope' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('seed must be one of');
  });
});

describe('the mixed-relations scenario', () => {
  it('holds every relation, every AllowType, a block each way and a forbidden sender', async () => {
    expect((await control('POST', '/reset', { seed: 'mixed-relations' })).json).toEqual({
      seed: 'mixed-relations',
      accounts: 8,
    });
    const check = FriendCheckResponse.parse(
      await backend.callEmulator('v4/sns/friend_check', {
        From_Account: 'ada',
        To_Account: ['ben', 'cy', 'di', 'ed'],
        CheckType: 'CheckResult_Type_Both',
      }),
    );
    expect(check.InfoItem?.map((item) => item.Relation)).toEqual([
      'CheckResult_Type_BothWay',
      'CheckResult_Type_AWithB',
      'CheckResult_Type_BWithA',
      'CheckResult_Type_NoRelation',
    ]);
    const add = FriendAddResponse.parse(
      await backend.callEmulator('v4/sns/friend_add', {
        From_Account: 'ada',
        AddFriendItem: ['ed', 'flo', 'gus'].map((To_Account) => ({ To_Account })),
      }),
    );
    expect(add.ResultItem?.map((item) => item.ResultCode)).toEqual([30516, 30515, 30525]);
    const forbidden = FriendAddResponse.parse(
      await backend.callEmulator('v4/sns/friend_add', {
        From_Account: 'hal',
        AddFriendItem: [{ To_Account: 'ben' }],
      }),
    );
    expect(forbidden.ResultItem?.[0]?.ResultCode).not.toBe(0);
  });
});

describe('export and import', () => {
  it('round-trips the whole state', async () => {
    await addErin(['bob']);
    const exported = (await control('GET', '/state')).json as { accounts: { userId: string }[] };
    await control('POST', '/reset', { seed: 'empty' });
    expect(await control('PUT', '/state', exported)).toMatchObject({
      status: 200,
      json: { accounts: 6 },
    });
    const check = FriendCheckResponse.parse(
      await backend.callEmulator('v4/sns/friend_check', {
        From_Account: 'erin',
        To_Account: ['bob'],
        CheckType: 'CheckResult_Type_Both',
      }),
    );
    expect(check.InfoItem?.[0]?.Relation).toBe('CheckResult_Type_BothWay');
  });

  it('refuses a malformed state with 400 naming the field, keeping the old state', async () => {
    const bad = await control('PUT', '/state', {
      version: 1,
      defaultAllowType: 'AllowType_Type_AllowAny',
      accounts: [{ userId: 'x' }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('accounts[0].nick');
    expect(backend.emulator.state.accounts.size).toBe(6);
    expect(
      (await fetch(`${backend.emulatorUrl}/__emulator/state`, { method: 'PUT', body: '{oops' }))
        .status,
    ).toBe(400);
  });
});

describe('fault rules', () => {
  it('fails one account with a per-item ResultCode while the others run', async () => {
    const added = await control('POST', '/faults', {
      api: 'friend_add',
      to: 'bob',
      resultCode: 30006,
    });
    expect(added.status).toBe(201);
    const answer = FriendAddResponse.parse(await addErin(['alice', 'bob']));
    expect(answer.ResultItem).toEqual([
      { To_Account: 'alice', ResultCode: 0, ResultInfo: '' },
      {
        To_Account: 'bob',
        ResultCode: 30006,
        ResultInfo: 'Err_SNS_FriendAdd_Unpack_Profile_Data_Fail',
      },
    ]);
    expect(answer.Fail_Account).toEqual(['bob']);
    expect(backend.emulator.state.accounts.get('erin')?.friends.has('bob')).toBe(false);
  });

  it('fails whole requests N times with an ErrorCode, only for the named From_Account', async () => {
    await control('POST', '/faults', {
      api: 'v4/sns/friend_add',
      from: 'erin',
      errorCode: 70001,
      times: 2,
    });
    expect(Envelope.parse(await addErin(['alice']))).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 70001,
    });
    expect(
      await backend.callEmulator('v4/sns/friend_add', {
        From_Account: 'bob',
        AddFriendItem: [{ To_Account: 'erin' }],
      }),
    ).toMatchObject({ ActionStatus: 'OK' });
    expect(await addErin(['alice'])).toMatchObject({ ErrorCode: 70001 });
    expect(await addErin(['alice'])).toMatchObject({ ActionStatus: 'OK' });
    expect(((await control('GET', '/faults')).json as { faults: FaultRule[] }).faults).toEqual([]);
  });

  it('answers an HTTP status, adds latency, and never fires with probability 0', async () => {
    await control('POST', '/faults', { api: 'friend_check', httpStatus: 502, times: 1 });
    const response = await fetch(backend.signedUrl('v4/sns/friend_check'), {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(502);
    await control('POST', '/faults', { api: 'friend_check', latencyMs: 150, times: 1 });
    const started = performance.now();
    await backend.callEmulator('v4/sns/friend_check', {
      From_Account: 'erin',
      To_Account: ['bob'],
      CheckType: 'CheckResult_Type_Both',
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await control('POST', '/faults', { api: 'friend_add', errorCode: 30006, probability: 0 });
    expect(await addErin(['alice'])).toMatchObject({ ActionStatus: 'OK' });
  });

  it('keeps at most MAX_FAULT_RULES rules active, as every call checks each one', async () => {
    for (let index = 0; index < MAX_FAULT_RULES; index += 1) {
      const added = await control('POST', '/faults', {
        api: 'friend_check',
        to: `x${index}`,
        resultCode: 30006,
      });
      expect(added.status).toBe(201);
    }
    const over = await control('POST', '/faults', { api: 'friend_check', errorCode: 60007 });
    expect(over).toEqual({
      status: 409,
      json: { error: `at most ${MAX_FAULT_RULES} fault rules may be active; delete some first` },
    });
    await control('DELETE', '/faults');
    expect(
      (await control('POST', '/faults', { api: 'friend_check', errorCode: 60007 })).status,
    ).toBe(201);
  });

  it('lists and removes rules, and refuses a rule that is not exactly one fault', async () => {
    const rule = (await control('POST', '/faults', { api: 'friend_add', errorCode: 60007 }))
      .json as FaultRule;
    expect(
      ((await control('GET', '/faults')).json as { faults: FaultRule[] }).faults.map((f) => f.id),
    ).toEqual([rule.id]);
    expect((await control('DELETE', `/faults/${rule.id}`)).status).toBe(204);
    expect((await control('DELETE', `/faults/${rule.id}`)).status).toBe(404);
    const both = await control('POST', '/faults', {
      api: 'friend_add',
      errorCode: 1,
      resultCode: 2,
    });
    expect(both.status).toBe(400);
    expect(JSON.stringify(both.json)).toContain('exactly one of');
  });
});

describe('call log and config', () => {
  it('records recent calls, newest first, with their outcome and faults', async () => {
    const rule = (
      await control('POST', '/faults', {
        api: 'friend_add',
        to: 'dave',
        resultCode: 30007,
        times: 1,
      })
    ).json as FaultRule;
    await addErin(['dave']);
    await backend.callEmulator('v4/sns/friend_check', {
      From_Account: 'nobody',
      To_Account: ['bob'],
      CheckType: 'CheckResult_Type_Both',
    });
    const calls = ((await control('GET', '/calls?limit=2')).json as { calls: CallRecord[] }).calls;
    expect(
      calls.map((call) => [
        call.api,
        call.from,
        call.actionStatus,
        call.errorCode,
        call.failedAccounts,
        call.faults,
      ]),
    ).toEqual([
      ['v4/sns/friend_check', 'nobody', 'FAIL', 30003, 0, []],
      ['v4/sns/friend_add', 'erin', 'OK', 0, 1, [rule.id]],
    ]);
  });

  it('turns the rate limit off and on at run time', async () => {
    expect((await control('PATCH', '/config', { rateLimit: true })).json).toEqual({
      rateLimit: true,
      customTags: [],
    });
    expect(backend.emulator.config.rateLimit).toBe(true);
    expect((await control('PATCH', '/config', { rateLimit: 'yes' })).status).toBe(400);
    await control('PATCH', '/config', { rateLimit: false });
  });
});
