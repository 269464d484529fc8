import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildSeed } from '@/emulator/seeds';
import type { EmulatorState } from '@/emulator/state';
import { type PlanChanges, PlanDiff, type PlanInput } from '@/shared/contract/plan';
import { RunAccepted, RunItemsPage, RunSummary } from '@/shared/contract/runs';
import {
  basicAuth,
  startBackend,
  TEST_USER_ACCESS,
  TEST_USERS,
  type TestBackend,
} from '@/testing/start-backend';

let backend: TestBackend;

beforeAll(async () => {
  backend = await startBackend({
    emulator: { seed: 'empty', rateLimit: true },
    proxy: {
      access: TEST_USER_ACCESS,
    },
    runs: true,
  });
}, 60_000);
afterAll(() => backend?.stop());
beforeEach(async () => {
  await backend.emulator.reset('empty');
  backend.emulator.faults.clear();
});

const OPERATOR = basicAuth(TEST_USERS.operator);
const VIEWER = basicAuth(TEST_USERS.viewer);

const readPlan = (name: string): PlanInput =>
  JSON.parse(readFileSync(new URL(`../../../plans/${name}.json`, import.meta.url), 'utf8'));

async function post(path: string, body: unknown, type = 'application/json', as = OPERATOR) {
  return fetch(`${backend.proxyUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': type, authorization: as },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function diff(plan: unknown) {
  const response = await post('/api/plans/diff', plan);
  expect(response.status, await response.clone().text()).toBe(200);
  return PlanDiff.parse(await response.json());
}

async function apply(plan: unknown) {
  return startRun({ kind: 'plan', plan });
}

async function startRun(request: unknown) {
  const response = await post('/api/runs', request);
  expect(response.status, await response.clone().text()).toBe(202);
  const accepted = RunAccepted.parse(await response.json());
  for (const deadline = Date.now() + 60_000; ;) {
    const run = RunSummary.parse(
      await (
        await fetch(`${backend.proxyUrl}/api/runs/${accepted.id}`, {
          headers: { authorization: OPERATOR },
        })
      ).json(),
    );
    if (!['queued', 'running'].includes(run.status)) return { accepted, run };
    if (Date.now() > deadline) throw new Error(`run ${run.id} still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The parts of the emulator's state a plan describes. */
function relations(state: EmulatorState) {
  return [...state.accounts.values()]
    .map((account) => ({
      UserID: account.userId,
      Nick: account.nick,
      AllowType: account.allowType,
      AdminForbidType: account.adminForbidType,
      friends: [...account.friends.keys()].sort(),
      blocked: [...account.blocked.keys()].sort(),
    }))
    .sort((a, b) => a.UserID.localeCompare(b.UserID));
}

/** Everything a plan run and its undo touch, per account, for comparing states. */
function details(state: EmulatorState) {
  return [...state.accounts.values()]
    .map((account) => ({
      UserID: account.userId,
      Nick: account.nick,
      AllowType: account.allowType,
      AdminForbidType: account.adminForbidType,
      friends: [...account.friends.entries()]
        .map(([id, friend]) => ({
          id,
          remark: friend.remark,
          groups: friend.groups,
          addSource: friend.addSource,
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      blocked: [...account.blocked.keys()].sort(),
    }))
    .sort((a, b) => a.UserID.localeCompare(b.UserID));
}

const count = (changes: PlanChanges) => Object.values(changes).reduce((n, l) => n + l.length, 0);

describe('plans against the emulator', () => {
  it.each(['demo', 'mixed-relations'] as const)(
    'applying plans/%s.json to an empty emulator reproduces the seed, in sync',
    async (seed) => {
      const plan = readPlan(seed);
      const before = await diff(plan);
      expect(before.changes.import).toHaveLength(plan.accounts.length);
      expect(before.calls).toBeGreaterThan(0);

      const { run, accepted } = await apply(plan);
      expect(accepted.plan.calls).toBe(before.calls);
      expect(run.status).toBe('done');
      expect(run.verification).toMatchObject({ in_sync: true });
      expect(run.counts.byResultCode).toEqual({ 0: run.counts.items });
      expect(relations(backend.emulator.state)).toEqual(
        relations(buildSeed(seed, 'AllowType_Type_NeedConfirm', 0)),
      );
      expect((await diff(plan)).total).toBe(0);
    },
  );

  it('orders the calls so that each works: import, profiles, unblock, delete, add, fix, block', async () => {
    await backend.emulator.reset('mixed-relations');
    const plan: PlanInput = {
      mode: 'exact',
      ForceAddFlags: 1,
      accounts: ['ada', 'ben', 'gus', 'hal', 'newcomer'],
      friends: [
        ['gus', 'ada', { a: { Remark: 'was blocked', GroupName: 'QA' } }],
        ['hal', 'newcomer'],
        ['ada', 'ben', { b: { Remark: 'fixed' } }],
      ],
      blocks: [['newcomer', 'ben']],
    };
    const found = await diff(plan);
    expect(found.changes).toEqual({
      import: ['newcomer'],
      profiles: [],
      unblock: [{ From_Account: 'gus', To_Account: 'ada' }],
      delete: [],
      add: [
        {
          From_Account: 'gus',
          To_Account: 'ada',
          AddType: 'Add_Type_Both',
          ForceAddFlags: 1,
          Remark: 'was blocked',
          GroupName: 'QA',
        },
        { From_Account: 'hal', To_Account: 'newcomer', AddType: 'Add_Type_Both', ForceAddFlags: 1 },
      ],
      fix: [{ From_Account: 'ben', To_Account: 'ada', Remark: 'fixed' }],
      block: [{ From_Account: 'newcomer', To_Account: 'ben' }],
    });
    const { run } = await apply(plan);
    // hal is forbidden to send requests, and the plan does not lift it: its add fails, and the
    // verification says what still differs.
    expect(run.verification?.in_sync).toBe(false);
    expect(run.verification?.remaining.add).toEqual([
      { From_Account: 'hal', To_Account: 'newcomer', AddType: 'Add_Type_Both', ForceAddFlags: 1 },
    ]);
    expect(run.counts.byResultCode).toMatchObject({ 30009: 1 });
    const page = RunItemsPage.parse(
      await (
        await fetch(`${backend.proxyUrl}/api/runs/${run.id}/items?status=failed`, {
          headers: { authorization: OPERATOR },
        })
      ).json(),
    );
    expect(page.items).toMatchObject([
      { From_Account: 'hal', To_Account: 'newcomer', api: 'friend_add', ResultCode: 30009 },
    ]);
    const gus = backend.emulator.state.accounts.get('gus');
    expect(gus?.friends.get('ada')).toMatchObject({ remark: 'was blocked', groups: ['QA'] });
    expect(backend.emulator.state.accounts.get('ben')?.friends.get('ada')?.remark).toBe('fixed');

    // Lifting the forbid in the plan brings it in sync.
    plan.accounts[3] = { UserID: 'hal', AdminForbidType: 'AdminForbid_Type_None' };
    const again = await apply(plan);
    expect(again.run.verification?.in_sync).toBe(true);
  });

  it('additive leaves what the plan does not list; exact removes it among the plan’s accounts', async () => {
    await backend.emulator.reset('demo');
    const plan: PlanInput = { accounts: ['alice', 'bob', 'carol'], friends: [['alice', 'carol']] };
    const additive = await diff(plan);
    expect(additive.changes.delete).toEqual([]);
    expect(count(additive.changes)).toBe(1);
    const exact = await diff({ ...plan, mode: 'exact' });
    expect(exact.changes.delete).toEqual([
      { From_Account: 'alice', To_Account: 'bob' },
      { From_Account: 'bob', To_Account: 'alice' },
      { From_Account: 'bob', To_Account: 'carol' },
    ]);
    // mallory is not in the plan: alice's block of her stays.
    expect(exact.changes.unblock).toEqual([]);
  });

  it('reads YAML, lets viewers diff, and refuses viewers applying', async () => {
    const yaml = 'accounts: [a1, a2]\nfriends:\n  - [a1, a2]\n';
    const response = await post('/api/plans/diff', yaml, 'application/yaml', VIEWER);
    expect(response.status).toBe(200);
    expect(PlanDiff.parse(await response.json()).changes.import).toEqual(['a1', 'a2']);
    const refused = await post(
      '/api/runs',
      { kind: 'plan', plan: { accounts: ['a1'] } },
      'application/json',
      VIEWER,
    );
    expect(refused.status).toBe(403);
  });

  it('names the path and the limit of a bad plan, and what is undeclared', async () => {
    const response = await post('/api/plans/diff', {
      accounts: ['a'],
      friends: [
        ['a', 'b'.repeat(33)],
        ['a', 'zed'],
      ],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: unknown };
    expect(body.errors).toEqual([
      { field: 'friends[0][1]', message: 'UserID is 33 bytes; the limit is 32 bytes' },
      { field: 'friends[1][1]', message: 'zed is not declared in accounts' },
    ]);
    const run = await post('/api/runs', { kind: 'plan', plan: { accounts: [] } });
    expect(run.status).toBe(400);
    expect(await run.text()).toContain('plan.accounts: accounts needs at least one account');
    const bad = await post('/api/plans/diff', 'accounts: [a\n', 'application/yaml');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('not valid YAML');
  });

  it('changes nothing when the state cannot be read', async () => {
    await backend.emulator.reset('demo');
    backend.emulator.faults.add({ api: 'v4/sns/black_list_check', httpStatus: 503 });
    backend.emulator.calls.clear();
    const response = await post('/api/runs', { kind: 'plan', plan: readPlan('demo') });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ title: 'Could not read the state' });
    const writes = backend.emulator.calls
      .recent(1000)
      .filter((call) => !/check|get/.test(call.api));
    expect(writes).toEqual([]);
  });

  it('a plan already in place makes a run with no calls that is in sync', async () => {
    await backend.emulator.reset('demo');
    const { run, accepted } = await apply(readPlan('demo'));
    expect(accepted.plan).toEqual({ calls: 0, floor_s: 0 });
    expect(run).toMatchObject({ status: 'done', verification: { in_sync: true } });
  });

  it('undoes a plan run: the state before it comes back, its imports stay, twice is refused', async () => {
    await backend.emulator.reset('mixed-relations');
    // Remarks, groups and an AddSource the undo has to put back.
    const setup = await apply({
      accounts: ['ada', 'ben', 'cy'],
      friends: [
        ['ada', 'ben', { a: { Remark: 'old', GroupName: 'G' } }],
        ['ada', 'cy', { direction: 'a-to-b', a: { Remark: 'cee' } }],
      ],
    });
    expect(setup.run.verification?.in_sync).toBe(true);
    const before = details(backend.emulator.state);

    const plan: PlanInput = {
      mode: 'exact',
      ForceAddFlags: 1,
      accounts: [
        { UserID: 'ada', AllowType: 'AllowType_Type_DenyAny' },
        { UserID: 'ben', Nick: 'Benjamin' },
        'cy',
        'di',
        'flo',
        'newcomer',
      ],
      friends: [
        ['ada', 'ben', { a: { Remark: 'new', GroupName: 'H' } }],
        ['ada', 'flo'],
        ['newcomer', 'ben'],
      ],
      blocks: [['di', 'ada']],
    };
    const planned = await diff(plan);
    // Every kind of change is in this run.
    for (const kind of ['import', 'profiles', 'unblock', 'delete', 'add', 'fix', 'block'] as const)
      expect(planned.changes[kind], kind).not.toHaveLength(0);
    const { run } = await apply(plan);
    expect(run.verification?.in_sync).toBe(true);
    expect(details(backend.emulator.state)).not.toEqual(before);

    const undo = await startRun({ kind: 'undo', run: run.id });
    expect(undo.run).toMatchObject({ kind: 'undo', status: 'done' });
    expect(undo.run.counts.byResultCode).toEqual({ 0: undo.run.counts.items });
    const after = details(backend.emulator.state);
    // The imported account stays, with no friendship or block left.
    expect(after.find((account) => account.UserID === 'newcomer')).toMatchObject({
      friends: [],
      blocked: [],
    });
    expect(after.filter((account) => account.UserID !== 'newcomer')).toEqual(before);
    expect((await diff(plan)).changes.import).toEqual([]);

    const twice = await post('/api/runs', { kind: 'undo', run: run.id });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ title: 'Already undone', undoRun: undo.run.id });
  });

  it('an undo of a plan run that only imported says the imports stay and sends nothing', async () => {
    const { run } = await apply({ accounts: ['solo1', 'solo2'] });
    expect(run.verification?.in_sync).toBe(true);
    const response = await post('/api/runs', { kind: 'undo', run: run.id });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      title: 'Nothing to undo',
      detail: expect.stringContaining('the 2 accounts it imported stay imported'),
    });
  });

  it.each(['CheckResult_Type_Both', 'CheckResult_Type_Single'] as const)(
    'saves a finished matrix run (%s) as a plan whose diff is empty',
    async (CheckType) => {
      await backend.emulator.reset('mixed-relations');
      const Rows = ['ada', 'ben', 'cy', 'di', 'ed'];
      const { run } = await startRun({ kind: 'relation_matrix', Rows, CheckType });
      expect(run.status).toBe('done');
      const response = await fetch(`${backend.proxyUrl}/api/runs/${run.id}/plan`, {
        headers: { authorization: VIEWER },
      });
      expect(response.status, await response.clone().text()).toBe(200);
      const plan = (await response.json()) as PlanInput;
      expect(plan).toMatchObject({ mode: 'additive', accounts: Rows });
      expect(plan.friends).toEqual([
        ['ada', 'ben'],
        ['ada', 'cy', { direction: 'a-to-b' }],
        ['di', 'ada', { direction: 'a-to-b' }],
      ]);
      expect((await diff(plan)).total).toBe(0);

      // On an empty app the same plan makes those friendships, each in its direction.
      await backend.emulator.reset('empty');
      const onEmpty = await diff(plan);
      expect(onEmpty.changes.import).toEqual(Rows);
      expect(onEmpty.changes.add.map((c) => [c.From_Account, c.To_Account, c.AddType])).toEqual([
        ['ada', 'ben', 'Add_Type_Both'],
        ['ada', 'cy', 'Add_Type_Single'],
        ['di', 'ada', 'Add_Type_Single'],
      ]);
    },
  );

  it('saves the blocks a matrix run found into the plan', async () => {
    await backend.emulator.reset('mixed-relations');
    // mixed-relations: ada blocks flo, and gus blocks ada.
    const Rows = ['ada', 'flo', 'gus'];
    const { run } = await startRun({
      kind: 'relation_matrix',
      Rows,
      CheckType: 'CheckResult_Type_Both',
    });
    expect(run.status).toBe('done');
    const response = await fetch(`${backend.proxyUrl}/api/runs/${run.id}/plan`, {
      headers: { authorization: VIEWER },
    });
    const plan = (await response.json()) as PlanInput;
    expect(plan.blocks).toHaveLength(2);
    expect(plan.blocks).toEqual(
      expect.arrayContaining([
        ['ada', 'flo'],
        ['gus', 'ada'],
      ]),
    );
    expect((await diff(plan)).total).toBe(0);

    await backend.emulator.reset('empty');
    const onEmpty = await diff(plan);
    expect(onEmpty.changes.block.map((c) => [c.From_Account, c.To_Account]).sort()).toEqual([
      ['ada', 'flo'],
      ['gus', 'ada'],
    ]);
  });

  it('makes a plan only of a finished matrix run', async () => {
    const { run } = await apply({ accounts: ['solo1'] });
    const get = (id: string) =>
      fetch(`${backend.proxyUrl}/api/runs/${id}/plan`, { headers: { authorization: OPERATOR } });
    const notMatrix = await get(run.id);
    expect(notMatrix.status).toBe(400);
    expect(await notMatrix.json()).toMatchObject({ title: 'Only a matrix run makes a plan' });
    expect((await get('no-such-run')).status).toBe(404);
  });
});
