import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';

import { describeIssues } from '@/shared/contract/common';
import {
  FINISHED_STATUSES,
  ITEM_FILTERS,
  READ_RUN_KINDS,
  RUN_EVENTS,
  type RunSummary,
} from '@/shared/contract/runs';
import { toCsv } from '@/shared/lib/csv';

import { badRequest } from '../problem';
import type { ProxyEnv } from '../proxy-env';
import { createHistoryRoutes } from './history-routes';
import {
  csvResponse,
  csvRows,
  ITEM_CSV_HEADER,
  MATRIX_CSV_HEADER,
  parseExportQuery,
} from './run-csv';
import type { RunEngine } from './run-engine';
import type { PlannedCall } from './run-plans';
import { findRun, type RunRouteDeps } from './run-route-deps';
import { ITEM_PAGE_DEFAULT, ITEM_PAGE_MAX } from './run-store';
import { startRun } from './start-run';
import { verifyRun } from './verify-run';

/** The events stream looks at the database at least this often (for runs of other instances). */
const POLL_MS = 500;
/** …and at most this often, so a fast run sends about ten updates a second. */
const THROTTLE_MS = 100;

/** Server-side runs (start, read, items, CSV, live events, cancel, "Check these") and History. */
export function createRunRoutes(deps: RunRouteDeps): Hono<ProxyEnv> {
  const { store, engine } = deps;
  const app = new Hono<ProxyEnv>();

  app.post('/api/runs', startRun(deps));

  app.get('/api/runs/:id', async (c) => {
    const summary = await findRun(c, store);
    return summary instanceof Response ? summary : c.json(summary);
  });

  app.get('/api/runs/:id/items', async (c) => {
    const summary = await findRun(c, store);
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
    const describe = await callContext(deps, summary);
    return c.json({
      items: describe ? items.map(describe) : items,
      next: items.length === limit && last ? String(last.index) : null,
    });
  });

  app.get('/api/runs/:id/items.csv', async (c) => {
    const summary = await findRun(c, store);
    if (summary instanceof Response) return summary;
    const exportQuery = parseExportQuery(c);
    if (exportQuery instanceof Response) return exportQuery;
    const rows: (string | number | null)[][] = [];
    const matrix = summary.kind === 'relation_matrix';
    for await (const page of store.itemPages(summary.id, matrix)) {
      for (const item of page) rows.push(...csvRows(summary, item, exportQuery));
    }
    return csvResponse(
      `run-${summary.id}.csv`,
      toCsv(matrix ? MATRIX_CSV_HEADER : ITEM_CSV_HEADER, rows),
    );
  });

  app.get('/api/runs/:id/events', async (c) => {
    const summary = await findRun(c, store);
    if (summary instanceof Response) return summary;
    const matrix = summary.kind === 'relation_matrix';
    const describe = await callContext(deps, summary);
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
        latest = (await store.progress(latest)) ?? latest;
        await stream.writeSSE({ event: RUN_EVENTS.progress, data: JSON.stringify(latest) });
      }
      if (!aborted) {
        await stream.writeSSE({ event: RUN_EVENTS.end, data: JSON.stringify(latest) });
      }
    });
  });

  app.post('/api/runs/:id/cancel', async (c) => {
    const summary = await findRun(c, store);
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

  app.post('/api/runs/:id/verify', verifyRun(deps));
  app.route('/', createHistoryRoutes(store));
  return app;
}

/**
 * Plan runs name their calls' From_Account and API on each item: their calls come from many
 * accounts. The plan is pure, so the stored request gives the same calls again.
 */
async function callContext(deps: RunRouteDeps, summary: RunSummary) {
  if (summary.kind !== 'plan') return undefined;
  const request = await deps.store.runRequest(summary.id);
  if (!request) return undefined;
  const calls: PlannedCall[] = deps.engine.plan(request).calls;
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
