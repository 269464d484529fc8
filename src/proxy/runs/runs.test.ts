import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  HistoryPage,
  RunAccepted,
  RunItem,
  RunItemsPage,
  RunSummary,
} from '@/shared/contract/runs';
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
    emulator: { seed: 'demo', rateLimit: true },
    proxy: {
      access: TEST_USER_ACCESS,
    },
    runs: true,
  });
}, 60_000);
afterAll(() => backend?.stop());

const OPERATOR = { authorization: basicAuth(TEST_USERS.operator) };
const VIEWER = { authorization: basicAuth(TEST_USERS.viewer) };

async function api(path: string, init: RequestInit & { as?: Record<string, string> } = {}) {
  const { as = OPERATOR, ...rest } = init;
  return fetch(`${backend.proxyUrl}${path}`, {
    ...rest,
    headers: { 'content-type': 'application/json', ...as, ...(rest.headers ?? {}) },
  });
}

async function startRun(body: unknown, headers: Record<string, string> = {}) {
  const response = await api('/api/runs', {
    method: 'POST',
    body: JSON.stringify(body),
    headers,
  });
  expect(response.status, await response.clone().text()).toBe(202);
  return RunAccepted.parse(await response.json());
}

async function summary(id: string) {
  const response = await api(`/api/runs/${id}`);
  expect(response.status).toBe(200);
  return RunSummary.parse(await response.json());
}

async function waitForRun(id: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await summary(id);
    if (!['queued', 'running'].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${id} still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function allItems(id: string, status?: string): Promise<RunItem[]> {
  const items: RunItem[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '700' });
    if (status) query.set('status', status);
    if (cursor) query.set('cursor', cursor);
    const response = await api(`/api/runs/${id}/items?${query}`);
    expect(response.status).toBe(200);
    const page = RunItemsPage.parse(await response.json());
    items.push(...page.items.map((item) => RunItem.parse(item)));
    cursor = page.next;
  } while (cursor);
  return items;
}

const accounts = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);

describe('runs', () => {
  it('imports 1500 accounts and adds them all as friends, chunked by the caps', async () => {
    const people = accounts('crowd', 1500);
    const imported = await startRun({ kind: 'account_import', Accounts: people });
    expect(imported.plan).toEqual({ calls: 15, floor_s: 0.15 });
    const importRun = await waitForRun(imported.id);
    expect(importRun.status).toBe('done');
    expect(importRun.counts).toMatchObject({ items: 1500, done: 1500, byResultCode: { 0: 1500 } });

    const added = await startRun({
      kind: 'friend_add',
      From_Account: 'erin',
      AddFriendItem: people.map((To_Account) => ({ To_Account, Remark: `r-${To_Account}` })),
      AddType: 'Add_Type_Both',
      ForceAddFlags: 1,
    });
    // Two friend_add calls, and the friend_check before each that makes undo exact.
    expect(added.plan.calls).toBe(4);
    const run = await waitForRun(added.id);
    expect(run).toMatchObject({ status: 'done', kind: 'friend_add', From_Account: 'erin' });
    expect(run.counts).toMatchObject({
      done: 1500,
      not_sent: 0,
      unknown: 0,
      byResultCode: { 0: 1500 },
    });

    const items = await allItems(added.id);
    expect(items.map((item) => item.To_Account)).toEqual(people);
    expect(items.every((item) => item.undo === 'Delete_Type_Both')).toBe(true);
    const check = await backend.callEmulator('v4/sns/friend_check', {
      From_Account: 'erin',
      To_Account: ['crowd0', 'crowd1499'],
      CheckType: 'CheckResult_Type_Both',
    });
    expect(check.InfoItem).toMatchObject([
      { Relation: 'CheckResult_Type_BothWay' },
      { Relation: 'CheckResult_Type_BothWay' },
    ]);

    // Undo deletes exactly what the run made; a second undo says it is already undone.
    const undo = await startRun({ kind: 'undo', run: added.id });
    expect((await waitForRun(undo.id)).counts.byResultCode).toEqual({ 0: 1500 });
    const undone = await summary(added.id);
    expect(undone).toMatchObject({ undoneBy: undo.id, counts: { undone: 1500 } });
    const again = await api('/api/runs', {
      method: 'POST',
      body: JSON.stringify({ kind: 'undo', run: added.id }),
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ title: 'Already undone', undoRun: undo.id });
  });

  it('records per-item results, retries the failed ones with force, and exports CSV', async () => {
    const run = await startRun({
      kind: 'friend_add',
      From_Account: 'alice',
      AddFriendItem: [{ To_Account: 'bob' }, { To_Account: 'carol' }, { To_Account: 'nobody_x' }],
    });
    const done = await waitForRun(run.id);
    const codes = Object.fromEntries(
      (await allItems(run.id)).map((item) => [item.To_Account, item.ResultCode]),
    );
    expect(codes).toEqual({ bob: 30001, carol: 30539, nobody_x: 30003 });
    expect(done.counts.byResultCode).toEqual({ 30001: 1, 30539: 1, 30003: 1 });

    const retry = await startRun({
      kind: 'retry',
      run: run.id,
      To_Account: ['carol'],
      ForceAddFlags: 1,
    });
    const retried = await waitForRun(retry.id);
    expect(retried).toMatchObject({ kind: 'friend_add', parent: run.id });
    expect(retried.request).toMatchObject({
      ForceAddFlags: 1,
      AddFriendItem: [{ To_Account: 'carol' }],
    });
    expect(retried.counts.byResultCode).toEqual({ 0: 1 });

    const csv = await api(`/api/runs/${run.id}/items.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('From_Account,To_Account,AddType')).toBe(true);
    expect(text).toContain('alice,carol,Add_Type_Both,,,,done,30539');
    expect(text).toContain('Next step: Wait for');
    expect(text).toMatch(/,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00\r\n/);

    // The explanation follows the console's language and times the operator's zone; headers stay.
    const chinese = await (
      await api(`/api/runs/${run.id}/items.csv?lang=zh-CN&tz=Asia/Shanghai`)
    ).text();
    expect(chinese).toContain('From_Account,To_Account,AddType,ForceAddFlags,Remark,GroupName');
    expect(chinese).toContain('加好友请求已发出，等待对方同意。 下一步：等待对方同意');
    expect(chinese).toMatch(/T\d\d:\d\d:\d\d\.\d{3}\+08:00\r\n/);
    const badZone = await api(`/api/runs/${run.id}/items.csv?tz=Mars/Olympus`);
    expect(badZone.status).toBe(400);
    expect(await badZone.json()).toMatchObject({
      errors: [{ field: 'tz', message: expect.stringContaining('IANA time zone') }],
    });
    const badLanguage = await api(`/api/runs/${run.id}/items.csv?lang=fr`);
    expect(await badLanguage.json()).toMatchObject({ errors: [{ field: 'lang' }] });
  });

  it('refuses bad bodies naming the field and the limit, viewers, and unknown runs', async () => {
    const tooMany = await api('/api/runs', {
      method: 'POST',
      body: JSON.stringify({
        kind: 'friend_add',
        From_Account: 'alice',
        AddFriendItem: [{ To_Account: 'bob', Remark: 'x'.repeat(97) }],
      }),
    });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({
      errors: [
        { field: 'AddFriendItem[0].Remark', message: 'Remark is 97 bytes; the limit is 96 bytes' },
      ],
    });
    const unknownKind = await api('/api/runs', { method: 'POST', body: '{"kind":"explode"}' });
    expect(await unknownKind.json()).toMatchObject({
      detail: expect.stringContaining('kind must be one of friend_add') as unknown,
    });

    const viewerWrite = await api('/api/runs', {
      method: 'POST',
      as: VIEWER,
      body: JSON.stringify({ kind: 'black_list_add', From_Account: 'alice', To_Account: ['bob'] }),
    });
    expect(viewerWrite.status).toBe(403);
    const viewerMatrix = await api('/api/runs', {
      method: 'POST',
      as: VIEWER,
      body: JSON.stringify({
        kind: 'relation_matrix',
        Rows: ['alice', 'bob', 'carol'],
        CheckType: 'CheckResult_Type_Both',
      }),
    });
    expect(viewerMatrix.status).toBe(202);

    expect((await api('/api/runs/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await api('/api/runs/not-a-run!')).status).toBe(404);
    const undoUnknown = await api('/api/runs', {
      method: 'POST',
      body: JSON.stringify({ kind: 'undo', run: '00000000-0000-0000-0000-000000000000' }),
    });
    expect(undoUnknown.status).toBe(404);
    const crossSite = await api('/api/runs', {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ kind: 'black_list_add', From_Account: 'alice', To_Account: ['bob'] }),
    });
    expect(crossSite.status).toBe(403);
  });

  it('honours Idempotency-Key: a retried POST returns the same run and sends nothing twice', async () => {
    const body = { kind: 'black_list_add', From_Account: 'dave', To_Account: ['erin'] };
    const key = { 'idempotency-key': 'ci-job-42-step-3' };
    const first = await startRun(body, key);
    const replay = await api('/api/runs', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: key,
    });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(RunAccepted.parse(await replay.json()).id).toBe(first.id);
    const other = await api('/api/runs', {
      method: 'POST',
      headers: key,
      body: JSON.stringify({ ...body, To_Account: ['bob'] }),
    });
    expect(other.status).toBe(422);
    await waitForRun(first.id);
    const calls = backend.emulator.calls
      .recent(1000, 'v4/sns/black_list_add')
      .filter((call) => call.from === 'dave');
    expect(calls).toHaveLength(1);
  });

  it('cancels exactly: every item done, not sent or unknown, agreeing with the call log', async () => {
    const people = accounts('slow', 240);
    await waitForRun((await startRun({ kind: 'account_import', Accounts: people })).id);
    backend.emulator.calls.clear();
    const fault = backend.emulator.faults.add({ api: 'v4/profile/portrait_set', latencyMs: 1500 });
    try {
      const run = await startRun({
        kind: 'portrait_set',
        Accounts: people,
        AllowType: 'AllowType_Type_DenyAny',
      });
      await new Promise((resolve) => setTimeout(resolve, 600));
      const cancel = await api(`/api/runs/${run.id}/cancel`, { method: 'POST' });
      const cancelled = RunSummary.parse(await cancel.json());
      expect(cancelled.status).toBe('cancelled');
      const { done, not_sent, unknown } = cancelled.counts;
      expect(done + not_sent + unknown).toBe(240);
      expect(done).toBeGreaterThan(0);
      expect(not_sent).toBeGreaterThan(0);
      // Calls out when the cancel came finish and are recorded: none stays unknown.
      const unknownItems = unknown > 0 ? await allItems(run.id, 'unknown') : [];
      expect(unknown, JSON.stringify(unknownItems.slice(0, 3))).toBe(0);

      const reached = new Set(
        backend.emulator.calls.recent(1000, 'v4/profile/portrait_set').map((call) => call.from),
      );
      for (const item of await allItems(run.id)) {
        expect(reached.has(item.To_Account), `${item.To_Account} ${item.state}`).toBe(
          item.state === 'done',
        );
      }
      // Nothing is sent after the cancel answered.
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(backend.emulator.calls.recent(1000, 'v4/profile/portrait_set')).toHaveLength(done);
    } finally {
      backend.emulator.faults.remove(fault.id);
    }
  });

  it('streams progress and items, and a late subscriber gets the summary then only new items', async () => {
    const run = await startRun({
      kind: 'relation_matrix',
      Rows: ['alice', 'bob', 'carol', 'dave', 'erin', 'mallory'],
      CheckType: 'CheckResult_Type_Both',
    });
    // The friend_check and black_list_check passes (5 calls each) go out together, each within
    // its own API's 200/s: the floor is one pass's.
    expect(run.plan).toEqual({ calls: 10, floor_s: 0.025 });
    const response = await api(`/api/runs/${run.id}/events`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = await response.text();
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((match) => ({
      event: match[1],
      data: JSON.parse(match[2] ?? 'null') as unknown,
    }));
    expect(events[0]?.event).toBe('progress');
    expect(events.at(-1)).toMatchObject({ event: 'end', data: { status: 'done' } });
    const first = RunSummary.parse(events[0]?.data);
    const streamed = events
      .filter((event) => event.event === 'items')
      .flatMap((event) => event.data as { index: number }[]);
    // Items finished before the subscription are in /items, not in the stream.
    // 5 friend_check calls, then black_list_check over the same pairs.
    expect(streamed.length).toBe(10 - first.counts.callsDone);

    const page = await (await api(`/api/runs/${run.id}/items`)).json();
    const calls = RunItemsPage.parse(page).items;
    // alice and bob are friends in the demo seed; the retry above made alice and carol friends.
    expect(calls[0]).toMatchObject({
      check: 'friend_check',
      From_Account: 'alice',
      Relations: 'bbnnn',
    });
    // alice blocks mallory: the last of alice's pairs, BlackCheckResult_Type_AWithB.
    expect(calls[5]).toMatchObject({
      check: 'black_list_check',
      From_Account: 'alice',
      To_Account: ['bob', 'carol', 'dave', 'erin', 'mallory'],
      Relations: null,
      Blocks: 'nnnna',
    });
    expect(calls).toHaveLength(10);
    const csv = await (await api(`/api/runs/${run.id}/items.csv`)).text();
    expect(csv).toContain('alice,mallory,BlackCheckResult_Type_AWithB,0');
  });

  it("a progress read (which skips the request column) is the stored summary, for every run's kind", async () => {
    const store = backend.runs?.store;
    if (!store) throw new Error('started without runs');
    const { rows } = await store.db.query<{ id: string; kind: string }>(
      'SELECT id, kind FROM runs',
    );
    expect([...new Set(rows.map((run) => run.kind))]).toEqual(
      expect.arrayContaining(['friend_add', 'relation_matrix', 'account_import']),
    );
    for (const { id } of rows) {
      const stored = await store.summary(id);
      if (!stored) throw new Error(`run ${id} is not stored`);
      expect(await store.progress(stored)).toEqual(stored);
      // The request in the earlier summary is the one handed on, untouched.
      expect((await store.progress(stored))?.request).toBe(stored.request);
    }
  });

  it('finds a friend deletion in History by account, operator and date', async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const deleted = await backend.callProxy(
      'v4/sns/friend_delete',
      { From_Account: 'alice', To_Account: ['bob'], DeleteType: 'Delete_Type_Both' },
      { headers: { 'content-type': 'application/json', ...OPERATOR } },
    );
    expect(deleted.status).toBe(200);
    const history = async (query: string) => {
      const response = await api(`/api/history?${query}`);
      expect(response.status).toBe(200);
      return HistoryPage.parse(await response.json()).entries;
    };
    const byAccount = await history('account=bob&api=friend_delete');
    expect(byAccount[0]).toMatchObject({
      type: 'call',
      operator: 'olga',
      api: 'v4/sns/friend_delete',
      From_Account: 'alice',
      To_Accounts: ['bob'],
      outcome: 'ok',
      kind: null,
      items: 1,
      summary: '1 account',
    });
    const csv = await (
      await api('/api/history.csv?account=bob&api=friend_delete&lang=zh-CN&tz=Asia/Shanghai')
    ).text();
    expect(csv).toMatch(/\r\n\d{4}-\d\d-\d\dT[\d:.]+\+08:00,call,olga,.*,1 个账号,/);
    expect((await history('operator=olga&api=v4/sns/friend_delete'))[0]?.id).toBe(byAccount[0]?.id);
    expect(await history(`account=bob&api=friend_delete&since=${before}`)).toHaveLength(1);
    expect(await history(`account=bob&api=friend_delete&until=${before}`)).toHaveLength(0);
    expect(await history('operator=victor')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'run', api: 'v4/sns/friend_check' }),
      ]),
    );
    const bad = await api('/api/history?since=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ field: 'since' }] });

    const first = await api('/api/history?limit=2');
    const page = HistoryPage.parse(await first.json());
    expect(page.entries).toHaveLength(2);
    const second = HistoryPage.parse(
      await (await api(`/api/history?limit=2&cursor=${page.next}`)).json(),
    );
    expect((second.entries[0]?.time ?? '') <= (page.entries[1]?.time ?? '')).toBe(true);
    expect(second.entries.map((entry) => entry.id)).not.toContain(page.entries[1]?.id);
  });

  it('stops as failed, with the reason, when the database refuses writes mid-run', async () => {
    const people = accounts('full', 200);
    await waitForRun((await startRun({ kind: 'account_import', Accounts: people })).id);
    backend.emulator.calls.clear();
    const fault = backend.emulator.faults.add({ api: 'v4/profile/portrait_set', latencyMs: 400 });
    const db = backend.runs?.store.db;
    if (!db) throw new Error('runs are off');
    try {
      const run = await startRun({
        kind: 'portrait_set',
        Accounts: people,
        AllowType: 'AllowType_Type_AllowAny',
      });
      while ((await summary(run.id)).counts.done < 10) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // What a full disk looks like to the run: every write of a call's outcome fails.
      await db.query(`CREATE FUNCTION refuse_write() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$ LANGUAGE plpgsql`);
      await db.query(
        'CREATE TRIGGER disk_full BEFORE UPDATE ON run_calls FOR EACH ROW EXECUTE FUNCTION refuse_write()',
      );
      const failed = await waitForRun(run.id);
      expect(failed.status).toBe('failed');
      expect(failed.reason).toContain('No space left on device');
      expect(failed.counts.done).toBeGreaterThan(0);
      expect(failed.counts.done + failed.counts.not_sent + failed.counts.unknown).toBe(200);
      const sent = backend.emulator.calls.recent(1000, 'v4/profile/portrait_set').length;
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(backend.emulator.calls.recent(1000, 'v4/profile/portrait_set')).toHaveLength(sent);
    } finally {
      await db.query('DROP TRIGGER IF EXISTS disk_full ON run_calls');
      backend.emulator.faults.remove(fault.id);
    }
  });

  it('prunes runs past RUN_RETENTION_DAYS and keeps the audit unless AUDIT_RETENTION_DAYS is set', async () => {
    const store = backend.runs?.store;
    if (!store) throw new Error('runs are off');
    const run = await startRun({
      kind: 'black_list_delete',
      From_Account: 'dave',
      To_Account: ['erin'],
    });
    await waitForRun(run.id);
    const later = new Date(Date.now() + 91 * 86_400_000);
    const kept = await store.prune(later, 90, undefined);
    expect(kept.runs).toBeGreaterThan(0);
    expect(kept.audit).toBe(0);
    expect((await api(`/api/runs/${run.id}`)).status).toBe(404);
    const audit = await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit');
    expect(audit.rows[0]?.n).toBeGreaterThan(0);
    const pruned = await store.prune(later, 90, 30);
    expect(pruned.audit).toBe(audit.rows[0]?.n);
  });
});
