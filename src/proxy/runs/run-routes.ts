import { createHash, randomUUID } from 'node:crypto';

import { type Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';

import { describeIssues } from '@/shared/contract/common';
import { endpoints } from '@/shared/contract/endpoints';
import { explainCode } from '@/shared/contract/error-codes';
import { FRIEND_CHECK_MAX_ACCOUNTS } from '@/shared/contract/friend-check';
import { changeCount } from '@/shared/contract/plan';
import {
  BLOCK_LETTERS,
  FAILED_LETTER,
  FINISHED_STATUSES,
  type HistoryPage,
  ITEM_FILTERS,
  type ItemState,
  READ_RUN_KINDS,
  RELATION_LETTERS,
  RUN_EVENTS,
  type RunAccepted,
  RunId,
  RunRequest,
  type RunSummary,
} from '@/shared/contract/runs';
import { chunk } from '@/shared/lib/chunk';
import { diffPlan } from '@/shared/lib/plan-diff';

import { planUndo, readPlanBefore } from '../plans/plan-undo';
import { PlanReadError, readPlanState } from '../plans/read-plan-state';
import { refuseMediaType } from '../media-type';
import { badRequest, problemResponse } from '../problem';
import type { ProxyEnv } from '../proxy-env';
import type { CallUpstream } from '../upstream';
import { toCsv } from '@/shared/lib/csv';
import type { RunEngine } from './run-engine';
import { type PlannedCall, planRun, type StoredRequest } from './run-plans';
import { AlreadyUndone, ITEM_PAGE_DEFAULT, ITEM_PAGE_MAX, type RunStore } from './run-store';

const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;
const HISTORY_PAGE_DEFAULT = 50;
const HISTORY_PAGE_MAX = 500;
/** The events stream looks at the database at least this often (for runs of other instances). */
const POLL_MS = 500;
/** …and at most this often, so a fast run sends about ten updates a second. */
const THROTTLE_MS = 100;

export interface RunRouteDeps {
  store: RunStore;
  engine: RunEngine;
  callUpstream: CallUpstream;
  target: { sdkAppId: number; host: string; mode: string };
  /** The cross-site check and, for changes (`viewerLimit`), the role check. */
  refuse: (c: Context<ProxyEnv>, viewerLimit: string | undefined) => Response | undefined;
  clock?: () => number;
}

export function createRunRoutes(deps: RunRouteDeps): Hono<ProxyEnv> {
  const { store, engine } = deps;
  const now = () => new Date((deps.clock ?? Date.now)());
  const app = new Hono<ProxyEnv>();

  app.post('/api/runs', async (c) => {
    const requestId = c.get('requestId');
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const parsed = RunRequest.safeParse(body);
    if (!parsed.success) return badRequest(requestId, describeIssues(parsed.error));
    const request = parsed.data;
    const refused = deps.refuse(
      c,
      READ_RUN_KINDS.has(request.kind)
        ? undefined
        : `may only start read runs; a ${request.kind} run changes data`,
    );
    if (refused) return refused;

    const caller = c.get('caller');
    const key = c.req.header('idempotency-key');
    let idempotency: { key: string; hash: string } | undefined;
    if (key !== undefined) {
      if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
        return badRequest(requestId, [
          {
            field: 'Idempotency-Key',
            message: 'Idempotency-Key must be 1–255 printable ASCII characters',
          },
        ]);
      }
      idempotency = { key, hash: hashOf(request) };
      const earlier = await store.findIdempotent(
        caller.identity,
        key,
        new Date(now().getTime() - IDEMPOTENCY_WINDOW_MS),
      );
      if (earlier) {
        if (earlier.hash !== idempotency.hash) {
          return problem(c, 422, 'idempotency-key-reused', 'Idempotency-Key reused', {
            detail: `Idempotency-Key ${key} already started run ${earlier.runId} with a different body; use a new key for a new run.`,
            run: earlier.runId,
          });
        }
        const summary = await store.summary(earlier.runId);
        if (summary) {
          c.header('idempotent-replayed', 'true');
          return c.json(accepted(summary), 200);
        }
      }
      // A stale key older than the window starts afresh.
      await store.forgetIdempotencyKey(caller.identity, key);
    }

    const resolved = await resolve(c, request);
    if (resolved instanceof Response) return resolved;
    const plan = engine.plan(resolved.request);
    const id = randomUUID();
    try {
      await engine.launch(
        {
          id,
          plan,
          request: resolved.request,
          operator: caller.identity,
          role: caller.role,
          target: deps.target,
          parent: resolved.parent,
          createdAt: now(),
        },
        idempotency,
      );
    } catch (error) {
      if (error instanceof AlreadyUndone) return alreadyUndone(c, error.run);
      throw error;
    }
    const answer: RunAccepted = {
      id,
      status: 'queued',
      plan: { calls: plan.callCount, floor_s: plan.floorSeconds },
    };
    c.header('location', `/api/runs/${id}`);
    return c.json(answer, 202);
  });

  app.get('/api/runs/:id', async (c) => {
    const summary = await findRun(c);
    return summary instanceof Response ? summary : c.json(summary);
  });

  app.get('/api/runs/:id/items', async (c) => {
    const summary = await findRun(c);
    if (summary instanceof Response) return summary;
    const query = ItemsQuery.safeParse(c.req.query());
    if (!query.success) return badRequest(c.get('requestId'), describeIssues(query.error));
    const { status, cursor, limit } = query.data;
    const items = await store.items(summary.id, summary.kind === 'relation_matrix', {
      filter: status,
      after: cursor,
      limit,
    });
    const last = items.at(-1);
    const describe = await callContext(summary);
    return c.json({
      items: describe ? items.map(describe) : items,
      next: items.length === limit && last ? String(last.index) : null,
    });
  });

  app.get('/api/runs/:id/items.csv', async (c) => {
    const summary = await findRun(c);
    if (summary instanceof Response) return summary;
    const rows: (string | number | null)[][] = [];
    const matrix = summary.kind === 'relation_matrix';
    for await (const page of store.itemPages(summary.id, matrix)) {
      for (const item of page) rows.push(...csvRows(summary, item));
    }
    return csvResponse(
      `run-${summary.id}.csv`,
      toCsv(matrix ? MATRIX_CSV_HEADER : ITEM_CSV_HEADER, rows),
    );
  });

  app.get('/api/runs/:id/events', async (c) => {
    const summary = await findRun(c);
    if (summary instanceof Response) return summary;
    const matrix = summary.kind === 'relation_matrix';
    const describe = await callContext(summary);
    return streamSSE(c, async (stream) => {
      let seq = await store.lastFinishSeq(summary.id);
      let aborted = false;
      stream.onAbort(() => {
        aborted = true;
      });
      await stream.writeSSE({ event: RUN_EVENTS.progress, data: JSON.stringify(summary) });
      let latest: RunSummary = summary;
      while (!aborted && !FINISHED_STATUSES.has(latest.status)) {
        await nextChange(engine, summary.id);
        await stream.sleep(THROTTLE_MS);
        const until = await store.lastFinishSeq(summary.id);
        if (until > seq) {
          for await (const page of store.itemPages(summary.id, matrix, { sinceSeq: seq })) {
            await stream.writeSSE({
              event: RUN_EVENTS.items,
              data: JSON.stringify(describe ? page.map(describe) : page),
            });
          }
          seq = until;
        }
        latest = (await store.summary(summary.id)) ?? latest;
        await stream.writeSSE({ event: RUN_EVENTS.progress, data: JSON.stringify(latest) });
      }
      if (!aborted) {
        await stream.writeSSE({ event: RUN_EVENTS.end, data: JSON.stringify(latest) });
      }
    });
  });

  app.post('/api/runs/:id/cancel', async (c) => {
    const summary = await findRun(c);
    if (summary instanceof Response) return summary;
    const refused = deps.refuse(
      c,
      READ_RUN_KINDS.has(summary.kind) ? undefined : 'may not cancel a run that changes data',
    );
    if (refused) return refused;
    if (!FINISHED_STATUSES.has(summary.status)) {
      await engine.cancel(summary.id);
      await settle(engine, summary.id);
    }
    return c.json((await store.summary(summary.id)) ?? summary);
  });

  app.post('/api/runs/:id/verify', async (c) => {
    const summary = await findRun(c);
    if (summary instanceof Response) return summary;
    const refused = deps.refuse(c, undefined);
    if (refused) return refused;
    if (summary.kind !== 'friend_add' || !summary.From_Account) {
      return problem(c, 400, 'invalid-request', 'Only friend_add runs can be checked', {
        detail: `"Check these" reads friend_check for a friend_add run's unknown items; run ${summary.id} is ${summary.kind}.`,
      });
    }
    const unknown: string[] = [];
    for await (const page of store.itemPages(summary.id, false, { filter: 'unknown' })) {
      for (const item of page) if ('To_Account' in item) unknown.push(String(item.To_Account));
    }
    const found = new Map<string, 'present' | 'absent'>();
    for (const accounts of chunk(unknown, FRIEND_CHECK_MAX_ACCOUNTS)) {
      const outcome = await deps.callUpstream({
        service: endpoints.friendCheck.service,
        body: JSON.stringify({
          From_Account: summary.From_Account,
          To_Account: accounts,
          CheckType: 'CheckResult_Type_Both',
        }),
        retry: true,
        requestId: c.get('requestId'),
      });
      if (!outcome.ok) {
        return problemResponse({ ...outcome.problem, requestId: c.get('requestId') });
      }
      const items = Array.isArray(outcome.json.InfoItem) ? outcome.json.InfoItem : [];
      for (const item of items as Record<string, unknown>[]) {
        if (item.ResultCode !== 0) continue;
        const has =
          item.Relation === 'CheckResult_Type_AWithB' ||
          item.Relation === 'CheckResult_Type_BothWay';
        found.set(String(item.To_Account), has ? 'present' : 'absent');
      }
    }
    await store.markVerified(summary.id, found);
    return c.json((await store.summary(summary.id)) ?? summary);
  });

  app.get('/api/history', async (c) => {
    const filter = parseHistoryQuery(c);
    if (filter instanceof Response) return filter;
    const rows = await store.history(filter);
    const last = rows.at(-1);
    const page: z.infer<typeof HistoryPage> = {
      entries: rows.map(({ key: _key, ...entry }) => entry),
      next:
        rows.length === filter.limit && last
          ? Buffer.from(`${last.time}|${last.key}`).toString('base64url')
          : null,
    };
    return c.json(page);
  });

  app.get('/api/history.csv', async (c) => {
    const filter = parseHistoryQuery(c);
    if (filter instanceof Response) return filter;
    const rows = await store.history({ ...filter, limit: 100_000 });
    return csvResponse(
      'history.csv',
      toCsv(
        [
          'time',
          'type',
          'operator',
          'role',
          'api',
          'From_Account',
          'To_Account',
          'outcome',
          'summary',
          'run',
          'requestId',
        ],
        rows.map((row) => [
          row.time,
          row.type,
          row.operator,
          row.role,
          row.api,
          row.From_Account,
          row.To_Accounts.join(' '),
          row.outcome,
          row.summary,
          row.run,
          row.requestId,
        ]),
      ),
    );
  });

  async function findRun(c: Context<ProxyEnv>): Promise<RunSummary | Response> {
    const id = c.req.param('id') ?? '';
    const summary = RunId.safeParse(id).success ? await store.summary(id) : undefined;
    return (
      summary ?? problem(c, 404, 'not-found', 'Run not found', { detail: `There is no run ${id}.` })
    );
  }

  /**
   * Plan runs name their calls' From_Account and API on each item: their calls come from many
   * accounts. The plan is pure, so the stored request gives the same calls again.
   */
  async function callContext(summary: RunSummary) {
    if (summary.kind !== 'plan') return undefined;
    const request = await store.runRequest(summary.id);
    if (!request) return undefined;
    const calls: PlannedCall[] = engine.plan(request).calls;
    return <T extends { call: number } | object>(item: T): T => {
      const call = 'call' in item ? calls[item.call] : undefined;
      if (!call) return item;
      const from = call.body.From_Account;
      return {
        ...item,
        From_Account: typeof from === 'string' ? from : null,
        api: call.endpoint.service.split('/').at(-1),
      };
    };
  }

  /**
   * `retry` becomes a run of its source's kind; `undo` reads what its source created; `plan`
   * reads the live state and stores the changes that bring it to the plan.
   */
  async function resolve(
    c: Context<ProxyEnv>,
    request: RunRequest,
  ): Promise<{ request: StoredRequest; parent: string | null } | Response> {
    if (request.kind === 'plan') {
      try {
        const reading = {
          callUpstream: deps.callUpstream,
          requestId: c.get('requestId'),
          signal: c.req.raw.signal,
        };
        const state = await readPlanState(request.plan, reading);
        const changes = diffPlan(request.plan, state);
        const before = await readPlanBefore(changes, state, reading);
        return { request: { kind: 'plan', plan: request.plan, changes, before }, parent: null };
      } catch (error) {
        if (error instanceof PlanReadError) return planReadFailed(c, error);
        throw error;
      }
    }
    if (request.kind !== 'retry' && request.kind !== 'undo') return { request, parent: null };
    const source = await store.summary(request.run);
    const sourceRequest = source && (await store.runRequest(source.id));
    if (!source || !sourceRequest) {
      return problem(c, 404, 'not-found', 'Run not found', {
        detail: `There is no run ${request.run}.`,
      });
    }
    const items = await store.itemRows(source.id);
    if (request.kind === 'undo' && sourceRequest.kind === 'plan') {
      if (source.undoneBy) return alreadyUndone(c, source.id, source.undoneBy);
      return undoPlanRun(c, source.id, sourceRequest, items);
    }
    if (request.kind === 'undo') {
      if (sourceRequest.kind !== 'friend_add') {
        return problem(c, 400, 'invalid-request', 'Only friend_add and plan runs can be undone', {
          detail: `run ${source.id} is a ${source.kind} run.`,
        });
      }
      if (source.undoneBy) return alreadyUndone(c, source.id, source.undoneBy);
      const groups: Partial<Record<'Delete_Type_Both' | 'Delete_Type_Single', string[]>> = {};
      for (const item of items) {
        if (item.state !== 'done' || item.code !== 0 || !item.undo || item.undone) continue;
        const type = item.undo as 'Delete_Type_Both' | 'Delete_Type_Single';
        (groups[type] ??= []).push(item.account);
      }
      if (Object.keys(groups).length === 0) {
        return problem(c, 409, 'nothing-to-undo', 'Nothing to undo', {
          detail: `run ${source.id} created no friendship that is still there to delete.`,
        });
      }
      return {
        request: {
          kind: 'undo',
          run: source.id,
          From_Account: sourceRequest.From_Account,
          Delete: groups,
        },
        parent: source.id,
      };
    }
    if (sourceRequest.kind === 'plan') {
      return problem(c, 400, 'invalid-request', 'Apply the plan again instead', {
        detail: `run ${source.id} applied a plan; applying it again reads the state afresh and makes only the changes still missing.`,
      });
    }
    if (sourceRequest.kind === 'undo' || sourceRequest.kind === 'relation_matrix') {
      return problem(c, 400, 'invalid-request', 'This run cannot be retried', {
        detail: `run ${source.id} is a ${source.kind} run; start it again instead.`,
      });
    }
    let accounts: Set<string>;
    if (request.To_Account) {
      const known = new Set(items.map((item) => item.account));
      const strangers = request.To_Account.filter((account) => !known.has(account));
      if (strangers.length > 0) {
        return badRequest(c.get('requestId'), [
          {
            field: 'To_Account',
            message: `${strangers.slice(0, 5).join(', ')}${strangers.length > 5 ? ` and ${strangers.length - 5} more` : ''} ${strangers.length === 1 ? 'is' : 'are'} not an item of run ${source.id}`,
          },
        ]);
      }
      accounts = new Set(request.To_Account);
    } else {
      accounts = new Set(
        items
          .filter(
            (item) =>
              item.state === 'not_sent' ||
              (item.state === 'done' &&
                item.code !== null &&
                item.code !== 0 &&
                (item.failed || explainCode(item.code).retryable)),
          )
          .map((item) => item.account),
      );
    }
    if (accounts.size === 0) {
      return problem(c, 409, 'nothing-to-retry', 'Nothing to retry', {
        detail: `run ${source.id} has no item that was not sent or failed in a way worth retrying.`,
      });
    }
    return { request: narrow(sourceRequest, accounts, request.ForceAddFlags), parent: source.id };
  }

  function parseHistoryQuery(c: Context<ProxyEnv>) {
    const query = HistoryQuery.safeParse(c.req.query());
    if (!query.success) return badRequest(c.get('requestId'), describeIssues(query.error));
    const { cursor, ...rest } = query.data;
    let before: { time: Date; key: string } | undefined;
    if (cursor) {
      const [time, key] = Buffer.from(cursor, 'base64url').toString().split('|');
      const at = new Date(time ?? '');
      if (!key || Number.isNaN(at.getTime())) {
        return badRequest(c.get('requestId'), [
          { field: 'cursor', message: 'cursor is not one this console gave out' },
        ]);
      }
      before = { time: at, key };
    }
    return { ...rest, before };
  }

  return app;
}

/** The undo of a plan run: what it changed that took effect, taken back; its imports stay. */
function undoPlanRun(
  c: Context<ProxyEnv>,
  sourceId: string,
  source: Extract<StoredRequest, { kind: 'plan' }>,
  items: { state: ItemState; code: number | null }[],
): { request: StoredRequest; parent: string } | Response {
  const undo = planUndo(source.changes, source.before, planRun(source).calls, items);
  if (changeCount(undo.changes) === 0) {
    const kept = undo.keptImports.length;
    return problem(c, 409, 'nothing-to-undo', 'Nothing to undo', {
      detail: `run ${sourceId} changed no friendship, block or profile that can be taken back${kept > 0 ? `; the ${kept} accounts it imported stay imported` : ''}.`,
    });
  }
  return {
    request: { kind: 'undo', run: sourceId, ...undo },
    parent: sourceId,
  };
}

/** A retry's body: the source's items for `accounts`, with ForceAddFlags replaced when given. */
function narrow(
  source: Exclude<StoredRequest, { kind: 'undo' | 'relation_matrix' | 'plan' }>,
  accounts: Set<string>,
  force: 0 | 1 | undefined,
): StoredRequest {
  switch (source.kind) {
    case 'friend_add':
      return {
        ...source,
        AddFriendItem: source.AddFriendItem.filter((item) => accounts.has(item.To_Account)),
        ...(force !== undefined ? { ForceAddFlags: force } : {}),
      };
    case 'friend_delete':
    case 'black_list_add':
    case 'black_list_delete':
      return {
        ...source,
        To_Account: source.To_Account.filter((account) => accounts.has(account)),
      };
    case 'account_import':
    case 'portrait_set':
      return { ...source, Accounts: source.Accounts.filter((account) => accounts.has(account)) };
  }
}

const ItemsQuery = z.object({
  status: z
    .enum(ITEM_FILTERS, { error: `status must be one of ${ITEM_FILTERS.join(', ')}` })
    .optional(),
  cursor: z.coerce
    .number({ error: 'cursor must be a number this console gave out' })
    .int()
    .min(-1)
    .optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int()
    .min(1, { message: 'limit must be at least 1' })
    .max(ITEM_PAGE_MAX, {
      message: `limit is over ${ITEM_PAGE_MAX}; the limit is ${ITEM_PAGE_MAX}`,
    })
    .default(ITEM_PAGE_DEFAULT),
});

const dateParam = (field: string) =>
  z
    .string()
    .refine((value) => !Number.isNaN(new Date(value).getTime()), {
      message: `${field} must be a date (ISO 8601, e.g. 2026-11-22 or 2026-11-22T08:00:00+08:00)`,
    })
    .transform((value) => new Date(value))
    .optional();

const HistoryQuery = z.object({
  account: z
    .string()
    .min(1)
    .max(32, { message: 'account is over 32 bytes; the limit is 32' })
    .optional(),
  operator: z.string().min(1).max(200).optional(),
  api: z.string().min(1).max(100).optional(),
  outcome: z.string().min(1).max(20).optional(),
  since: dateParam('since'),
  until: dateParam('until'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int()
    .min(1, { message: 'limit must be at least 1' })
    .max(HISTORY_PAGE_MAX, {
      message: `limit is over ${HISTORY_PAGE_MAX}; the limit is ${HISTORY_PAGE_MAX}`,
    })
    .default(HISTORY_PAGE_DEFAULT),
});

function accepted(summary: RunSummary): RunAccepted {
  return { id: summary.id, status: summary.status, plan: summary.plan };
}

function hashOf(request: RunRequest): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}

/** Resolves on the next recorded call or end of a local run, or after POLL_MS for others. */
function nextChange(engine: RunEngine, id: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      engine.events.off(`progress:${id}`, done);
      engine.events.off(`end:${id}`, done);
      resolve();
    };
    const timer = setTimeout(done, POLL_MS);
    engine.events.once(`progress:${id}`, done);
    engine.events.once(`end:${id}`, done);
  });
}

/** Waits until a cancelled local run has recorded the calls it had in flight. */
function settle(engine: RunEngine, id: string): Promise<void> {
  if (!engine.isLocal(id)) return Promise.resolve();
  return new Promise((resolve) => engine.events.once(`end:${id}`, () => resolve()));
}

/** The state a plan is compared with could not be read: nothing was changed. */
export function planReadFailed(c: Context<ProxyEnv>, error: PlanReadError): Response {
  return problem(
    c,
    error.status >= 500 ? error.status : 502,
    'plan-read-failed',
    'Could not read the state',
    {
      detail: `${error.message}. Nothing was changed.`,
    },
  );
}

export async function readJson(c: Context<ProxyEnv>): Promise<unknown> {
  const refusal = refuseMediaType(c.req.header('content-type'));
  if (refusal) {
    return problem(c, 415, 'unsupported-media-type', 'Unsupported media type', {
      detail: refusal,
    });
  }
  try {
    return JSON.parse(await c.req.text());
  } catch {
    return badRequest(c.get('requestId'), [
      { field: '(body)', message: 'The body is not valid JSON.' },
    ]);
  }
}

/** A problem+json answer with fields of its own beside the standard ones (`run`, `undoRun`). */
export function problem(
  c: Context<ProxyEnv>,
  status: number,
  type: string,
  title: string,
  extra: { detail: string } & Record<string, unknown>,
): Response {
  return problemResponse({
    type: `urn:friend-console:${type}`,
    title,
    status,
    requestId: c.get('requestId'),
    ...extra,
  });
}

function alreadyUndone(c: Context<ProxyEnv>, run: string, undoRun?: string): Response {
  return problem(c, 409, 'already-undone', 'Already undone', {
    detail: `run ${run} is already undone${undoRun ? ` by run ${undoRun}` : ''}; nothing was sent.`,
    ...(undoRun ? { undoRun } : {}),
  });
}

function csvResponse(name: string, text: string): Response {
  return new Response(text, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}

const ITEM_CSV_HEADER = [
  'From_Account',
  'To_Account',
  'AddType',
  'ForceAddFlags',
  'Remark',
  'GroupName',
  'state',
  'ResultCode',
  'ResultInfo',
  'undone',
  'verified',
  'time',
];
const MATRIX_CSV_HEADER = [
  'From_Account',
  'To_Account',
  'Relation',
  'ResultCode',
  'ResultInfo',
  'state',
];

function csvRows(summary: RunSummary, item: Awaited<ReturnType<RunStore['items']>>[number]) {
  if ('Relations' in item) {
    return item.To_Account.map((to, position) => {
      const failure = item.failures[to];
      return [
        item.From_Account,
        to,
        // black_list_check rows carry its Relation (BlackCheckResult_Type_…) in the same column.
        item.Blocks
          ? letterRelation(BLOCK_OF_LETTER, item.Blocks[position])
          : item.Relations
            ? letterRelation(RELATION_OF_LETTER, item.Relations[position])
            : null,
        failure ? failure.ResultCode : item.state === 'done' ? 0 : null,
        failure?.ResultInfo ?? null,
        item.state,
      ];
    });
  }
  const request = summary.request as {
    AddType?: string;
    ForceAddFlags?: number;
    AddFriendItem?: { To_Account: string; Remark?: string; GroupName?: string }[];
  };
  const added = request.AddFriendItem?.[item.index];
  return [
    [
      summary.From_Account,
      item.To_Account,
      request.AddType ?? (summary.kind === 'friend_add' ? 'Add_Type_Both' : null),
      request.ForceAddFlags ?? null,
      added?.Remark ?? null,
      added?.GroupName ?? null,
      item.undone ? 'undone' : item.state,
      item.ResultCode,
      item.ResultInfo ?? item.failure?.title ?? null,
      item.undone ? 'yes' : 'no',
      item.verified,
      item.finishedAt,
    ],
  ];
}

const invert = (letters: Record<string, string>): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(letters).map(([relation, letter]) => [letter, relation])),
  [FAILED_LETTER]: 'failed',
});
const RELATION_OF_LETTER = invert(RELATION_LETTERS);
const BLOCK_OF_LETTER = invert(BLOCK_LETTERS);
function letterRelation(
  relations: Record<string, string>,
  letter: string | undefined,
): string | null {
  return letter ? (relations[letter] ?? null) : null;
}
