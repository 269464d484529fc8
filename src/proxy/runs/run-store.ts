import type { PlanVerification } from '@/shared/contract/plan';
import type {
  CallFailure,
  HistoryEntry,
  ItemState,
  MatrixCall,
  RunCounts,
  RunItem,
  RunStatus,
  RunSummary,
} from '@/shared/contract/runs';

import { type PlannedMatrixCheck, planMatrixChecks } from '@/shared/lib/plan-checks';

import type { AuditEntry } from '../audit-log';
import type { Database } from '../store/database';
import { exportWords } from './export-words';
import type { ItemAnswer, RunPlan, StoredRequest } from './run-plans';

export interface NewRun {
  id: string;
  plan: RunPlan;
  request: StoredRequest;
  operator: string;
  role: string;
  target: { sdkAppId: number; host: string; mode: string };
  parent: string | null;
  /** friend_add undo data is filled in as answers come; retry keeps the source's items. */
  createdAt: Date;
}

interface RunRow {
  id: string;
  kind: RunSummary['kind'];
  status: RunStatus;
  request: Record<string, unknown>;
  operator: string;
  role: string;
  sdk_app_id: string | number;
  target_host: string;
  target_mode: string;
  from_account: string | null;
  parent: string | null;
  undone_by: string | null;
  verification: PlanVerification | null;
  plan_calls: number;
  floor_s: number;
  item_count: number;
  reason: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  cancel_requested: boolean;
}

/** Every column of `runs` but `request`. */
const PROGRESS_COLUMNS = `id, kind, status, operator, role, sdk_app_id, target_host, target_mode,
  from_account, parent, undone_by, verification, plan_calls, floor_s, item_count, reason,
  created_at, started_at, finished_at, cancel_requested`;

export const ITEM_PAGE_DEFAULT = 500;
export const ITEM_PAGE_MAX = 5000;

export interface CallOutcome {
  state: ItemState;
  finishSeq: number;
  httpStatus: number | null;
  failure: CallFailure | null;
  attempts: number;
  absorbed: number;
  requestId: string;
  at: Date;
  /** Index of the call's first item; its items follow in order. */
  firstItem?: number;
  items?: (ItemAnswer & { undo?: string | null })[];
  relations?: string;
  cellFailures?: Record<string, ItemAnswer>;
}

type CallWrite =
  | { type: 'sent'; id: string; call: number; at: Date }
  | { type: 'outcome'; id: string; call: number; outcome: CallOutcome };

/** How long an outcome may wait for others to share its commit, and how many make a batch. */
const OUTCOME_LINGER_MS = 25;
const BATCH_WRITES = 200;

/**
 * Writes of call states share one transaction (group commit): at 200 calls a second, one
 * commit per write costs more CPU than the calls themselves. A sent mark is committed at once
 * (its call waits for it, holding a pacer place); an outcome waits up to OUTCOME_LINGER_MS for
 * others. Either promise resolves only once its write is committed, so nothing is reported
 * done before it is durable.
 */
function createCallWrites(db: Database) {
  let queue: { write: CallWrite; done: () => void; failed: (error: unknown) => void }[] = [];
  let urgent = false;
  let flushing: Promise<void> | undefined;
  let lingering: NodeJS.Timeout | undefined;

  function schedule(): void {
    if (flushing || queue.length === 0) return;
    if (urgent || queue.length >= BATCH_WRITES) {
      clearTimeout(lingering);
      lingering = undefined;
      flushing = flush();
    } else {
      lingering ??= setTimeout(() => {
        lingering = undefined;
        flushing ??= flush();
      }, OUTCOME_LINGER_MS);
    }
  }

  async function flush(): Promise<void> {
    const batch = queue;
    queue = [];
    urgent = false;
    try {
      await db.transaction((tx) =>
        apply(
          tx,
          batch.map((entry) => entry.write),
        ),
      );
      for (const entry of batch) entry.done();
    } catch (error) {
      for (const entry of batch) entry.failed(error);
    }
    flushing = undefined;
    schedule();
  }

  return {
    push(write: CallWrite): Promise<void> {
      return new Promise((done, failed) => {
        queue.push({ write, done, failed });
        if (write.type === 'sent') urgent = true;
        schedule();
      });
    },
  };
}

async function apply(tx: Database, writes: CallWrite[]): Promise<void> {
  const byRun = new Map<string, CallWrite[]>();
  for (const write of writes) {
    const runWrites = byRun.get(write.id);
    if (runWrites) runWrites.push(write);
    else byRun.set(write.id, [write]);
  }
  for (const [id, runWrites] of byRun) {
    const sent = runWrites.filter((write) => write.type === 'sent');
    if (sent.length > 0) {
      await tx.query(
        `UPDATE run_calls SET state = 'unknown', sent_at = $3
         WHERE run_id = $1 AND idx = ANY($2::int[]) AND state = 'not_sent'`,
        [id, sent.map((write) => write.call), sent[0]?.at],
      );
    }
    const outcomes = runWrites.flatMap((write) => (write.type === 'outcome' ? [write] : []));
    if (outcomes.length === 0) continue;
    const column = <T>(pick: (outcome: CallOutcome) => T) => outcomes.map((w) => pick(w.outcome));
    await tx.query(
      `UPDATE run_calls AS c SET state = t.state, finish_seq = t.seq, http_status = t.http,
         failure = t.failure::jsonb, attempts = t.attempts, absorbed = t.absorbed,
         request_id = t.request_id, finished_at = t.at, relations = t.relations,
         cell_failures = t.cells::jsonb
       FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::int[], $8::int[],
         $9::text[], $10::timestamptz[], $11::text[], $12::text[])
         AS t(idx, state, seq, http, failure, attempts, absorbed, request_id, at, relations, cells)
       WHERE c.run_id = $1 AND c.idx = t.idx`,
      [
        id,
        outcomes.map((write) => write.call),
        column((o) => o.state),
        column((o) => o.finishSeq),
        column((o) => o.httpStatus),
        column((o) => (o.failure ? JSON.stringify(o.failure) : null)),
        column((o) => o.attempts),
        column((o) => o.absorbed),
        column((o) => o.requestId),
        column((o) => o.at),
        column((o) => o.relations ?? null),
        column((o) => (o.cellFailures ? JSON.stringify(o.cellFailures) : null)),
      ],
    );
    const indexes: number[] = [];
    const codes: number[] = [];
    const infos: string[] = [];
    const undos: (string | null)[] = [];
    for (const { outcome } of outcomes) {
      outcome.items?.forEach((item, position) => {
        indexes.push((outcome.firstItem ?? 0) + position);
        codes.push(item.code);
        infos.push(item.info);
        undos.push(item.undo ?? null);
      });
    }
    if (indexes.length > 0) {
      await tx.query(
        `UPDATE run_items AS i SET result_code = t.code, result_info = t.info, undo = t.undo
         FROM unnest($2::int[], $3::int[], $4::text[], $5::text[]) AS t(idx, code, info, undo)
         WHERE i.run_id = $1 AND i.idx = t.idx`,
        [id, indexes, codes, infos, undos],
      );
    }
  }
}

/** Everything runs, their items and the audit trail keep in the database. */
export function createRunStore(db: Database) {
  return { db, ...runRecords(db), ...runUpkeep(db), ...runQueries(db) };
}

/** What a run writes: the run, its calls' states and outcomes, its audit entries. */
function runRecords(db: Database) {
  const writes = createCallWrites(db);
  return {
    insertRun: (run: NewRun, idempotency?: { key: string; hash: string }) =>
      insertRun(db, run, idempotency),

    async findIdempotent(
      operator: string,
      key: string,
      since: Date,
    ): Promise<{ runId: string; hash: string } | undefined> {
      const { rows } = await db.query<{ run_id: string; body_hash: string }>(
        'SELECT run_id, body_hash FROM idempotency_keys WHERE operator = $1 AND key = $2 AND created_at > $3',
        [operator, key, since],
      );
      const row = rows[0];
      if (!row) return undefined;
      return { runId: row.run_id, hash: row.body_hash };
    },

    async forgetIdempotencyKey(operator: string, key: string): Promise<void> {
      await db.query('DELETE FROM idempotency_keys WHERE operator = $1 AND key = $2', [
        operator,
        key,
      ]);
    },

    async setStatus(
      id: string,
      status: RunStatus,
      fields: { reason?: string; at: Date; owner?: string },
    ): Promise<void> {
      if (status === 'running') {
        await db.query(
          `UPDATE runs SET status = 'running', started_at = $2, owner = $3, heartbeat_at = $2
           WHERE id = $1`,
          [id, fields.at, fields.owner ?? null],
        );
        return;
      }
      await db.query(
        'UPDATE runs SET status = $2, finished_at = $3, reason = $4, heartbeat_at = NULL WHERE id = $1',
        [id, status, fields.at, fields.reason ?? null],
      );
    },

    /** The call has its slot and is about to leave: a crash from now on means unknown. */
    markSent: (id: string, call: number, at: Date): Promise<void> =>
      writes.push({ type: 'sent', id, call, at }),

    /** A call's outcome, and its items' answers (`firstItem` is the index of its first item). */
    recordCall: (id: string, call: number, outcome: CallOutcome): Promise<void> =>
      writes.push({ type: 'outcome', id, call, outcome }),

    async markUndone(sourceRun: string, accounts: string[]): Promise<void> {
      if (accounts.length === 0) return;
      await db.query(
        'UPDATE run_items SET undone = true WHERE run_id = $1 AND account = ANY($2::text[]) AND undo IS NOT NULL',
        [sourceRun, accounts],
      );
    },

    async markVerified(id: string, found: Map<string, 'present' | 'absent'>): Promise<void> {
      if (found.size === 0) return;
      await db.query(
        `UPDATE run_items AS i SET verified = t.v FROM unnest($2::text[], $3::text[]) AS t(a, v)
         WHERE i.run_id = $1 AND i.account = t.a`,
        [id, [...found.keys()], [...found.values()]],
      );
    },

    async setVerification(id: string, verification: PlanVerification): Promise<void> {
      await db.query('UPDATE runs SET verification = $2::jsonb WHERE id = $1', [
        id,
        JSON.stringify(verification),
      ]);
    },

    async appendAudit(entry: AuditEntry): Promise<void> {
      await db.query(
        `INSERT INTO audit (time, request_id, run_id, operator, role, api, from_account, to_accounts,
           status, action_status, error_code, results, attempts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12::jsonb, $13)`,
        [
          new Date(entry.time),
          entry.requestId,
          entry.runId ?? null,
          entry.operator,
          entry.role,
          entry.api,
          entry.From_Account ?? null,
          entry.To_Accounts,
          entry.status,
          entry.ActionStatus ?? null,
          entry.ErrorCode ?? null,
          JSON.stringify(entry.results),
          entry.attempts,
        ],
      );
    },
  };
}

/** Keeping runs honest over time: heartbeats, cancels, the abandoned, the old. */
function runUpkeep(db: Database) {
  return {
    async heartbeat(ids: string[], at: Date): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const { rows } = await db.query<{ id: string; cancel_requested: boolean }>(
        'UPDATE runs SET heartbeat_at = $2 WHERE id = ANY($1::text[]) RETURNING id, cancel_requested',
        [ids, at],
      );
      return new Set(rows.filter((row) => row.cancel_requested).map((row) => row.id));
    },

    async requestCancel(id: string): Promise<void> {
      await db.query('UPDATE runs SET cancel_requested = true WHERE id = $1', [id]);
    },

    /**
     * Runs whose executor is gone become `interrupted`; their items keep the state they had,
     * so nothing is sent again on its own. `staleBefore` undefined: every unfinished run.
     */
    async interruptAbandoned(at: Date, staleBefore?: Date): Promise<string[]> {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE runs SET status = 'interrupted', finished_at = $1, heartbeat_at = NULL,
           reason = 'The console stopped while the run was going; calls not yet answered are unknown.'
         WHERE status IN ('queued', 'running')
           AND ($2::timestamptz IS NULL OR heartbeat_at IS NULL OR heartbeat_at < $2)
         RETURNING id`,
        [at, staleBefore ?? null],
      );
      return rows.map((row) => row.id);
    },

    async prune(
      now: Date,
      runDays: number,
      auditDays: number | undefined,
    ): Promise<{ runs: number; audit: number }> {
      const day = 86_400_000;
      const runs = await db.query(
        `DELETE FROM runs WHERE created_at < $1 AND status NOT IN ('queued', 'running') RETURNING id`,
        [new Date(now.getTime() - runDays * day)],
      );
      const audit =
        auditDays === undefined
          ? { rows: [] }
          : await db.query('DELETE FROM audit WHERE time < $1 RETURNING id', [
              new Date(now.getTime() - auditDays * day),
            ]);
      return { runs: runs.rows.length, audit: audit.rows.length };
    },
  };
}

/** Stores a new run with its calls and items, and its idempotency key, in one transaction. */
async function insertRun(
  db: Database,
  run: NewRun,
  idempotency?: { key: string; hash: string },
): Promise<void> {
  const { plan } = run;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO runs (id, kind, api, status, request, operator, role, sdk_app_id, target_host,
         target_mode, from_account, accounts, parent, plan_calls, floor_s, item_count, created_at)
       VALUES ($1, $2, $3, 'queued', $4::jsonb, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13,
         $14, $15, $16)`,
      [
        run.id,
        plan.kind,
        plan.api,
        JSON.stringify(run.request),
        run.operator,
        run.role,
        run.target.sdkAppId,
        run.target.host,
        run.target.mode,
        plan.fromAccount,
        plan.accounts,
        run.parent,
        plan.callCount,
        plan.floorSeconds,
        plan.matrix ? plan.calls.length : plan.calls.reduce((n, c) => n + c.accounts.length, 0),
        run.createdAt,
      ],
    );
    await tx.query(
      `INSERT INTO run_calls (run_id, idx, service, state)
       SELECT $1, i - 1, s, 'not_sent' FROM unnest($2::text[]) WITH ORDINALITY AS t(s, i)`,
      [run.id, plan.calls.map((call) => call.endpoint.service)],
    );
    if (!plan.matrix) {
      const accounts: string[] = [];
      const callIndexes: number[] = [];
      plan.calls.forEach((call, index) => {
        for (const account of call.accounts) {
          accounts.push(account);
          callIndexes.push(index);
        }
      });
      await tx.query(
        `INSERT INTO run_items (run_id, idx, call_idx, account)
         SELECT $1, i - 1, c, a FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS t(a, c, i)`,
        [run.id, accounts, callIndexes],
      );
    }
    if (idempotency) {
      await tx.query(
        `INSERT INTO idempotency_keys (operator, key, run_id, body_hash, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [run.operator, idempotency.key, run.id, idempotency.hash, run.createdAt],
      );
    }
    if (run.request.kind === 'undo') {
      const claimed = await tx.query(
        'UPDATE runs SET undone_by = $1 WHERE id = $2 AND undone_by IS NULL RETURNING id',
        [run.id, run.request.run],
      );
      if (claimed.rows.length === 0) throw new AlreadyUndone(run.request.run);
    }
  });
}

/** What the routes read: summaries, items in pages, the history. */
function runQueries(db: Database) {
  const matrixPlans = cachedMatrixPlans(db);
  const items = (
    id: string,
    matrix: boolean,
    options: { filter?: string; after?: number; limit: number; sinceSeq?: number },
  ): Promise<(RunItem | MatrixCall)[]> =>
    matrix ? matrixCalls(db, matrixPlans, id, options) : runItems(db, id, options);
  return {
    async summary(id: string): Promise<RunSummary | undefined> {
      const { rows } = await db.query<RunRow>('SELECT * FROM runs WHERE id = $1', [id]);
      const row = rows[0];
      if (!row) return undefined;
      return toSummary(row, await counts(db, row));
    },

    /**
     * The summary again, for a run whose summary was read before: its request never changes,
     * and reading thousands of accounts back out of it ten times a second was most of a
     * progress event's cost.
     */
    async progress(earlier: RunSummary): Promise<RunSummary | undefined> {
      const { rows } = await db.query<Omit<RunRow, 'request'>>(
        `SELECT ${PROGRESS_COLUMNS} FROM runs WHERE id = $1`,
        [earlier.id],
      );
      const row = rows[0] && { ...rows[0], request: earlier.request as RunRow['request'] };
      return row && toSummary(row, await counts(db, row));
    },

    async runRequest(id: string): Promise<StoredRequest | undefined> {
      const { rows } = await db.query<{ request: StoredRequest }>(
        'SELECT request FROM runs WHERE id = $1',
        [id],
      );
      return rows[0]?.request;
    },

    items,

    /** Every matching item in index order, a page of ITEM_PAGE_MAX at a time. */
    async *itemPages(
      id: string,
      matrix: boolean,
      options: { filter?: string; sinceSeq?: number } = {},
    ): AsyncGenerator<(RunItem | MatrixCall)[]> {
      for (let after = -1; ;) {
        const page = await items(id, matrix, { ...options, after, limit: ITEM_PAGE_MAX });
        if (page.length > 0) yield page;
        const last = page.at(-1);
        if (!last || page.length < ITEM_PAGE_MAX) return;
        after = last.index;
      }
    },

    async lastFinishSeq(id: string): Promise<number> {
      const { rows } = await db.query<{ seq: number }>(
        'SELECT coalesce(max(finish_seq), 0)::int AS seq FROM run_calls WHERE run_id = $1',
        [id],
      );
      return rows[0]?.seq ?? 0;
    },

    /** Items of a stored run with their answers: what undo and retry start from. */
    async itemRows(id: string): Promise<
      {
        account: string;
        state: ItemState;
        code: number | null;
        undo: string | null;
        undone: boolean;
        failed: boolean;
      }[]
    > {
      const { rows } = await db.query<{
        account: string;
        state: ItemState;
        result_code: number | null;
        undo: string | null;
        undone: boolean;
        failure: unknown;
      }>(
        `SELECT i.account, c.state, i.result_code, i.undo, i.undone, c.failure
         FROM run_items i JOIN run_calls c ON c.run_id = i.run_id AND c.idx = i.call_idx
         WHERE i.run_id = $1 ORDER BY i.idx`,
        [id],
      );
      return rows.map((row) => ({
        account: row.account,
        state: row.state,
        code: row.result_code,
        undo: row.undo,
        undone: row.undone,
        failed: row.failure !== null,
      }));
    },

    history: (filter: HistoryFilter) => history(db, filter),
  };
}

export type RunStore = ReturnType<typeof createRunStore>;

export class AlreadyUndone extends Error {
  readonly run: string;
  constructor(run: string) {
    super(`run ${run} is already undone`);
    this.run = run;
  }
}

async function counts(db: Database, run: RunRow): Promise<RunCounts> {
  const calls = await db.query<{ state: ItemState; n: number; absorbed: number; failed: number }>(
    `SELECT state, count(*)::int AS n, coalesce(sum(absorbed), 0)::int AS absorbed,
       count(*) FILTER (WHERE failure IS NOT NULL)::int AS failed
     FROM run_calls WHERE run_id = $1 GROUP BY state`,
    [run.id],
  );
  const result: RunCounts = {
    items: run.item_count,
    done: 0,
    not_sent: 0,
    unknown: 0,
    byResultCode: {},
    undone: 0,
    calls: run.plan_calls,
    callsDone: 0,
    absorbedRateLimits: 0,
  };
  for (const row of calls.rows) result.absorbedRateLimits += row.absorbed;
  const done = calls.rows.find((row) => row.state === 'done');
  result.callsDone = done?.n ?? 0;
  if (run.kind === 'relation_matrix') {
    for (const row of calls.rows) result[row.state] += row.n;
    // A matrix counts its calls: those done with a whole-call failure, and the rest.
    if (done && done.n > done.failed) result.byResultCode['0'] = done.n - done.failed;
    if (done && done.failed > 0) result.byResultCode['-1'] = done.failed;
    return result;
  }
  const items = await db.query<{
    state: ItemState;
    code: number | null;
    undone: boolean;
    n: number;
  }>(
    `SELECT c.state, i.result_code AS code, i.undone, count(*)::int AS n
     FROM run_items i JOIN run_calls c ON c.run_id = i.run_id AND c.idx = i.call_idx
     WHERE i.run_id = $1 GROUP BY 1, 2, 3`,
    [run.id],
  );
  for (const row of items.rows) {
    result[row.state] += row.n;
    if (row.undone) result.undone += row.n;
    if (row.state === 'done' && row.code !== null) {
      const key = String(row.code);
      result.byResultCode[key] = (result.byResultCode[key] ?? 0) + row.n;
    }
  }
  return result;
}

function toSummary(row: RunRow, runCounts: RunCounts): RunSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    plan: { calls: row.plan_calls, floor_s: Number(row.floor_s) },
    counts: runCounts,
    operator: row.operator,
    role: row.role,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    target: { sdkAppId: Number(row.sdk_app_id), host: row.target_host, mode: row.target_mode },
    From_Account: row.from_account,
    parent: row.parent,
    undoneBy: row.undone_by,
    reason: row.reason,
    request: row.request,
    ...(row.kind === 'plan' ? { verification: row.verification } : {}),
  };
}

const ITEM_FILTER_SQL: Record<string, string> = {
  done: "c.state = 'done'",
  not_sent: "c.state = 'not_sent'",
  unknown: "c.state = 'unknown'",
  failed: "c.state = 'done' AND i.result_code <> 0",
  succeeded: "c.state = 'done' AND i.result_code = 0",
};

async function runItems(
  db: Database,
  id: string,
  options: { filter?: string; after?: number; limit: number; sinceSeq?: number },
): Promise<RunItem[]> {
  const where = [`i.run_id = $1`, `i.idx > $2`];
  if (options.filter) where.push(ITEM_FILTER_SQL[options.filter] ?? 'false');
  if (options.sinceSeq !== undefined) where.push(`c.finish_seq > ${Number(options.sinceSeq)}`);
  const { rows } = await db.query<{
    idx: number;
    call_idx: number;
    account: string;
    state: ItemState;
    result_code: number | null;
    result_info: string | null;
    failure: CallFailure | null;
    undo: RunItem['undo'];
    undone: boolean;
    verified: RunItem['verified'];
    finished_at: Date | null;
  }>(
    `SELECT i.idx, i.call_idx, i.account, c.state, i.result_code, i.result_info, c.failure, i.undo,
       i.undone, i.verified, c.finished_at
     FROM run_items i JOIN run_calls c ON c.run_id = i.run_id AND c.idx = i.call_idx
     WHERE ${where.join(' AND ')} ORDER BY i.idx LIMIT $3`,
    [id, options.after ?? -1, options.limit],
  );
  return rows.map((row) => ({
    index: row.idx,
    call: row.call_idx,
    To_Account: row.account,
    state: row.state,
    ResultCode: row.state === 'done' ? row.result_code : null,
    ResultInfo: row.state === 'done' ? row.result_info : null,
    failure: row.failure,
    undo: row.undo,
    undone: row.undone,
    verified: row.verified,
    finishedAt: row.finished_at?.toISOString() ?? null,
  }));
}

const CALL_FILTER_SQL: Record<string, string> = {
  done: "state = 'done'",
  not_sent: "state = 'not_sent'",
  unknown: "state = 'unknown'",
  failed: "state = 'done' AND (failure IS NOT NULL OR cell_failures <> '{}'::jsonb)",
  succeeded: "state = 'done' AND failure IS NULL AND cell_failures = '{}'::jsonb",
};

/** A matrix run's planned calls; plans are pure, so a run's plan is made once, not per page. */
type MatrixPlans = (id: string) => Promise<PlannedMatrixCheck[] | undefined>;

function cachedMatrixPlans(db: Database): MatrixPlans {
  const plans = new Map<string, PlannedMatrixCheck[]>();
  return async (id) => {
    const known = plans.get(id);
    if (known) return known;
    const request = (
      await db.query<{ request: Extract<StoredRequest, { kind: 'relation_matrix' }> }>(
        'SELECT request FROM runs WHERE id = $1',
        [id],
      )
    ).rows[0]?.request;
    if (!request) return undefined;
    const plan = planMatrixChecks(request.Rows, request.Columns ?? request.Rows, request.CheckType);
    // A few runs are watched at once; older plans are dropped.
    if (plans.size >= MATRIX_PLANS_KEPT) plans.delete(plans.keys().next().value ?? '');
    plans.set(id, plan);
    return plan;
  };
}

const MATRIX_PLANS_KEPT = 8;

async function matrixCalls(
  db: Database,
  matrixPlans: MatrixPlans,
  id: string,
  options: { filter?: string; after?: number; limit: number; sinceSeq?: number },
): Promise<MatrixCall[]> {
  const where = ['run_id = $1', 'idx > $2'];
  if (options.filter) where.push(CALL_FILTER_SQL[options.filter] ?? 'false');
  if (options.sinceSeq !== undefined) where.push(`finish_seq > ${Number(options.sinceSeq)}`);
  const { rows } = await db.query<{
    idx: number;
    state: ItemState;
    relations: string | null;
    cell_failures: Record<string, ItemAnswer> | null;
    failure: CallFailure | null;
  }>(
    `SELECT idx, state, relations, cell_failures, failure FROM run_calls
     WHERE ${where.join(' AND ')} ORDER BY idx LIMIT $3`,
    [id, options.after ?? -1, options.limit],
  );
  const plan = await matrixPlans(id);
  if (!plan) return [];
  return rows.map((row) => {
    const call = plan[row.idx];
    const blocks = call?.check === 'black_list_check';
    return {
      index: row.idx,
      check: call?.check ?? 'friend_check',
      From_Account: call?.from ?? '',
      To_Account: call?.to ?? [],
      state: row.state,
      Relations: blocks ? null : row.relations,
      ...(blocks ? { Blocks: row.relations } : {}),
      failures: Object.fromEntries(
        Object.entries(row.cell_failures ?? {}).map(([account, answer]) => [
          account,
          { ResultCode: answer.code, ResultInfo: answer.info },
        ]),
      ),
      failure: row.failure,
    };
  });
}

export interface HistoryFilter {
  account?: string;
  operator?: string;
  api?: string;
  outcome?: string;
  since?: Date;
  until?: Date;
  /** Keyset: entries strictly older than this time and key. */
  before?: { time: Date; key: string };
  limit: number;
}

/**
 * Runs and the write calls made outside runs, newest first. A call made by a run is part of
 * that run's entry, so History lists each change once.
 */
async function history(
  db: Database,
  filter: HistoryFilter,
): Promise<(HistoryEntry & { key: string })[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const runWhere: string[] = [];
  const callWhere: string[] = ['a.run_id IS NULL'];
  if (filter.account) {
    const p = param(filter.account);
    runWhere.push(`${p} = ANY(r.accounts)`);
    callWhere.push(`(a.from_account = ${p} OR ${p} = ANY(a.to_accounts))`);
  }
  if (filter.operator) {
    const p = param(filter.operator);
    runWhere.push(`r.operator = ${p}`);
    callWhere.push(`a.operator = ${p}`);
  }
  if (filter.api) {
    const p = param(filter.api);
    runWhere.push(`(r.api = ${p} OR r.api LIKE '%/' || ${p} OR r.kind = ${p})`);
    callWhere.push(`(a.api = ${p} OR a.api LIKE '%/' || ${p})`);
  }
  if (filter.outcome) {
    const p = param(filter.outcome);
    runWhere.push(`r.status = ${p}`);
    callWhere.push(`${CALL_OUTCOME_SQL} = ${p}`);
  }
  if (filter.since) {
    const p = param(filter.since);
    runWhere.push(`r.created_at >= ${p}`);
    callWhere.push(`a.time >= ${p}`);
  }
  if (filter.until) {
    const p = param(filter.until);
    runWhere.push(`r.created_at < ${p}`);
    callWhere.push(`a.time < ${p}`);
  }
  let keyset = '';
  if (filter.before) {
    keyset = `WHERE (time, key) < (${param(filter.before.time)}, ${param(filter.before.key)})`;
  }
  const limit = param(filter.limit);
  const sql = `
    SELECT * FROM (
      SELECT 'run' AS type, r.id AS key, r.id, r.created_at AS time, r.operator, r.role, r.api,
        r.from_account, r.accounts AS to_accounts, r.status AS outcome, r.item_count AS items,
        r.kind, r.id AS run, NULL AS request_id
      FROM runs r ${runWhere.length ? `WHERE ${runWhere.join(' AND ')}` : ''}
      UNION ALL
      SELECT 'call', lpad(a.id::text, 20, '0'), a.id::text, a.time, a.operator, a.role, a.api,
        a.from_account, a.to_accounts, ${CALL_OUTCOME_SQL}, cardinality(a.to_accounts), NULL, NULL,
        a.request_id
      FROM audit a WHERE ${callWhere.join(' AND ')}
    ) AS entries ${keyset}
    ORDER BY time DESC, key DESC LIMIT ${limit}`;
  const { rows } = await db.query<{
    type: 'run' | 'call';
    key: string;
    id: string;
    time: Date;
    operator: string;
    role: string;
    api: string;
    from_account: string | null;
    to_accounts: string[];
    outcome: string;
    items: number;
    kind: string | null;
    run: string | null;
    request_id: string | null;
  }>(sql, params);
  return rows.map((row) => ({
    type: row.type,
    id: row.id,
    key: row.key,
    time: row.time.toISOString(),
    operator: row.operator,
    role: row.role,
    api: row.api,
    From_Account: row.from_account,
    To_Accounts: row.to_accounts.filter((account) => account !== row.from_account).slice(0, 20),
    outcome: row.outcome,
    kind: row.kind,
    items: row.items,
    summary: row.kind
      ? exportWords('en').run(row.kind, row.items)
      : exportWords('en').call(row.items),
    run: row.run,
    requestId: row.request_id,
  }));
}

/** ok: every item succeeded; partial: some; failed: none, or the call itself failed. */
const CALL_OUTCOME_SQL = `(CASE
  WHEN a.status <> 200 OR a.action_status = 'FAIL' AND jsonb_array_length(a.results) = 0 THEN 'failed'
  WHEN NOT EXISTS (SELECT 1 FROM jsonb_array_elements(a.results) e WHERE (e->>'ResultCode')::int <> 0) THEN 'ok'
  WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(a.results) e WHERE (e->>'ResultCode')::int = 0) THEN 'partial'
  ELSE 'failed' END)`;
