import { z } from 'zod';

import {
  type ExportQuery,
  HistoryPage,
  type ITEM_FILTERS,
  MatrixCall,
  RUN_EVENTS,
  RunAccepted,
  RunItem,
  type RunRequest,
  RunSummary,
} from '@/shared/contract/runs';

import { ApiError } from '../api-error';
import { apiUrl, fetchApi, fetchJson, problemError } from '../client';

/** The proxy's run API (issue #13): runs are server-side jobs the screens start and follow. */

export type ItemFilter = (typeof ITEM_FILTERS)[number];
/** The page size the screens read items with: the API's maximum, so a run loads in few calls. */
const ITEMS_PAGE_LIMIT = 5000;

const JSON_HEADERS = { 'content-type': 'application/json' };

export function startRun(
  body: RunRequest,
  { idempotencyKey }: { idempotencyKey?: string } = {},
): Promise<RunAccepted> {
  return fetchJson('/api/runs', RunAccepted, {
    method: 'POST',
    headers: idempotencyKey ? { ...JSON_HEADERS, 'idempotency-key': idempotencyKey } : JSON_HEADERS,
    body: JSON.stringify(body),
  });
}

export function fetchRun(id: string, { signal }: { signal?: AbortSignal } = {}) {
  return fetchJson(`/api/runs/${encodeURIComponent(id)}`, RunSummary, { signal });
}

export function cancelRun(id: string): Promise<RunSummary> {
  return fetchJson(`/api/runs/${encodeURIComponent(id)}/cancel`, RunSummary, { method: 'POST' });
}

/** "Check these": the proxy resolves a friend_add run's `unknown` items with friend_check. */
export function verifyRun(id: string): Promise<RunSummary> {
  return fetchJson(`/api/runs/${encodeURIComponent(id)}/verify`, RunSummary, { method: 'POST' });
}

/** The page's items as each kind stores them: calls for a matrix run, accounts for the rest. */
const ItemsPageOf = <S extends z.ZodType>(item: S) =>
  z.object({ items: z.array(item), next: z.string().nullable() });
const RunItemsPage = ItemsPageOf(RunItem);
const MatrixCallsPage = ItemsPageOf(MatrixCall);

async function fetchAllPages<T>(
  id: string,
  schema: z.ZodType<{ items: T[]; next: string | null }>,
  { status, signal }: { status?: ItemFilter; signal?: AbortSignal },
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const query = new URLSearchParams({ limit: String(ITEMS_PAGE_LIMIT) });
    if (status) query.set('status', status);
    if (cursor) query.set('cursor', cursor);
    const page = await fetchJson(
      `/api/runs/${encodeURIComponent(id)}/items?${query.toString()}`,
      schema,
      { signal },
    );
    items.push(...page.items);
    cursor = page.next;
  }
  return items;
}

export const fetchRunItems = (
  id: string,
  options: { status?: ItemFilter; signal?: AbortSignal } = {},
) => fetchAllPages<RunItem>(id, RunItemsPage, options);

export const fetchMatrixCalls = (
  id: string,
  options: { status?: ItemFilter; signal?: AbortSignal } = {},
) => fetchAllPages<MatrixCall>(id, MatrixCallsPage, options);

export const runItemsCsvUrl = (id: string, { lang, tz }: ExportQuery) =>
  apiUrl(`/api/runs/${encodeURIComponent(id)}/items.csv?${new URLSearchParams({ lang, tz })}`);

export interface HistoryFilters {
  account?: string;
  operator?: string;
  api?: string;
  outcome?: string;
  since?: string;
  until?: string;
}

function historyQuery(filters: HistoryFilters, cursor?: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, String(value));
  if (cursor) query.set('cursor', cursor);
  return query.toString();
}

export function fetchHistory(
  filters: HistoryFilters,
  { cursor, signal }: { cursor?: string; signal?: AbortSignal } = {},
) {
  return fetchJson(`/api/history?${historyQuery(filters, cursor)}`, HistoryPage, { signal });
}

export const historyCsvUrl = (filters: HistoryFilters, { lang, tz }: ExportQuery) =>
  apiUrl(`/api/history.csv?${historyQuery(filters)}&${new URLSearchParams({ lang, tz })}`);

export interface RunEventHandlers<Item> {
  progress: (summary: RunSummary) => void;
  items: (items: Item[]) => void;
  end: (summary: RunSummary) => void;
}

/**
 * Follows a run's server-sent events until the run ends or `signal` aborts. Read with fetch
 * rather than EventSource, so that it carries the same headers as every other call and runs
 * in tests too. A reattaching client gets the current summary first, then only new items.
 */
export async function followRunEvents<Item>(
  id: string,
  itemSchema: z.ZodType<Item>,
  handlers: RunEventHandlers<Item>,
  { signal }: { signal: AbortSignal },
): Promise<void> {
  const response = await fetchApi(`/api/runs/${encodeURIComponent(id)}/events`, {
    headers: { accept: 'text/event-stream' },
    signal,
  });
  if (!response.ok || !response.body) throw await problemError(response);
  const items = z.array(itemSchema);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffered += value.replace(/\r\n/g, '\n');
    let boundary = buffered.indexOf('\n\n');
    while (boundary >= 0) {
      const event = parseEvent(buffered.slice(0, boundary));
      buffered = buffered.slice(boundary + 2);
      boundary = buffered.indexOf('\n\n');
      if (!event) continue;
      const data: unknown = JSON.parse(event.data);
      if (event.name === RUN_EVENTS.items) handlers.items(parseOrThrow(items, data));
      else if (event.name === RUN_EVENTS.progress)
        handlers.progress(parseOrThrow(RunSummary, data));
      else if (event.name === RUN_EVENTS.end) {
        handlers.end(parseOrThrow(RunSummary, data));
        await reader.cancel();
        return;
      }
    }
  }
}

function parseEvent(block: string): { name: string; data: string } | undefined {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { name, data: data.join('\n') } : undefined;
}

function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'contract',
      detail: parsed.error.issues[0]?.message ?? 'bad event',
    });
  }
  return parsed.data;
}
