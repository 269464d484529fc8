import { z } from 'zod';

import type { HistoryFilters } from '@/api/runs/runs-client';
import { utf8ByteLength } from '@/shared/lib/utf8';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** `key` words the rule in the UI (`issueMessage`); `message` stays the English fallback. */
const rule = (message: string, key: string) => ({ message, params: { i18n: { key, values: {} } } });
const optionalDate = (field: string, key: string) =>
  z.string().refine((value) => value === '' || DATE.test(value), {
    ...rule(`${field} must be a date such as 2026-11-22`, key),
  });

/** The History filters as the form and the URL hold them: plain strings, empty for "any". */
export const HistoryFilterSchema = z
  .object({
    account: z
      .string()
      .refine(
        (value) => utf8ByteLength(value) <= 32,
        rule('account is over 32 bytes; the limit is 32', 'history:filters.accountTooLong'),
      ),
    operator: z
      .string()
      .refine(
        (value) => value.length <= 200,
        rule('operator is over 200 characters', 'history:filters.operatorTooLong'),
      ),
    api: z.string(),
    outcome: z.string(),
    since: optionalDate('From date', 'history:filters.sinceNotDate'),
    until: optionalDate('To date', 'history:filters.untilNotDate'),
  })
  .refine((filters) => !filters.since || !filters.until || filters.since <= filters.until, {
    ...rule('The To date is before the From date', 'history:filters.untilBeforeSince'),
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

/** The URL with these filters, keeping its other parameters (`lang`, say) as they were. */
export function withFilters(
  params: URLSearchParams,
  filters: HistoryFilterValues,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of FILTER_FIELDS) next.delete(field);
  for (const [field, value] of Object.entries(filtersToParams(filters))) next.set(field, value);
  return next;
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
