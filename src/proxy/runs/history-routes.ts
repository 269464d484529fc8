import { type Context, Hono } from 'hono';
import { z } from 'zod';

import { describeIssues } from '@/shared/contract/common';
import type { HistoryPage } from '@/shared/contract/runs';
import { toCsv } from '@/shared/lib/csv';
import { isoWithOffset } from '@/shared/lib/iso-time';

import { badRequest } from '../problem';
import type { ProxyEnv } from '../proxy-env';
import { exportWords } from './export-words';
import { csvResponse, parseExportQuery } from './run-csv';
import type { RunStore } from './run-store';

const HISTORY_PAGE_DEFAULT = 50;
const HISTORY_PAGE_MAX = 500;

/** History: every write call and run, newest first, as pages of JSON or one CSV. */
export function createHistoryRoutes(store: RunStore): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();
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
    const exportQuery = parseExportQuery(c);
    if (exportQuery instanceof Response) return exportQuery;
    const words = exportWords(exportQuery.lang);
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
          isoWithOffset(row.time, exportQuery.tz),
          row.type,
          row.operator,
          row.role,
          row.api,
          row.From_Account,
          row.To_Accounts.join(' '),
          row.outcome,
          row.kind ? words.run(row.kind, row.items) : words.call(row.items),
          row.run,
          row.requestId,
        ]),
      ),
    );
  });
  return app;
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
