import { z } from 'zod';

import type { HistoryFilters } from '@/api/runs/runs-client';
import { utf8ByteLength } from '@/shared/lib/utf8';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = (field: string) =>
  z.string().refine((value) => value === '' || DATE.test(value), {
    message: `${field} must be a date such as 2026-11-22`,
  });

/** The History filters as the form and the URL hold them: plain strings, empty for "any". */
export const HistoryFilterSchema = z
  .object({
    account: z.string().refine((value) => utf8ByteLength(value) <= 32, {
      message: 'account is over 32 bytes; the limit is 32',
    }),
    operator: z.string().max(200, { message: 'operator is over 200 characters' }),
    api: z.string(),
    outcome: z.string(),
    since: optionalDate('From date'),
    until: optionalDate('To date'),
  })
  .refine((filters) => !filters.since || !filters.until || filters.since <= filters.until, {
    message: 'The To date is before the From date',
    path: ['until'],
  });
export type HistoryFilterValues = z.infer<typeof HistoryFilterSchema>;

export const FILTER_FIELDS = ['account', 'operator', 'api', 'outcome', 'since', 'until'] as const;

export function filtersFromParams(params: URLSearchParams): HistoryFilterValues {
  return Object.fromEntries(
    FILTER_FIELDS.map((field) => [field, params.get(field) ?? '']),
  ) as HistoryFilterValues;
}

/** Only the filters set, for the URL: `/history?account=alice`. */
export function filtersToParams(filters: HistoryFilterValues): Record<string, string> {
  return Object.fromEntries(
    FILTER_FIELDS.filter((field) => filters[field].trim() !== '').map((field) => [
      field,
      filters[field].trim(),
    ]),
  );
}

/** Local midnight of a YYYY-MM-DD day, as an instant the API compares with. */
function localMidnight(day: string, addDays = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + addDays).toISOString();
}

/** What the API is asked: the days are whole local days, so "To" includes its own day. */
export function toApiFilters(filters: HistoryFilterValues): HistoryFilters {
  const { since, until, ...rest } = filtersToParams(filters);
  return {
    ...rest,
    ...(since ? { since: localMidnight(since) } : {}),
    ...(until ? { until: localMidnight(until, 1) } : {}),
  };
}
