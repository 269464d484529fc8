import { useTranslation } from 'react-i18next';

import type { ExportQuery } from '@/shared/contract/runs';
import { isoWithOffset, WALL_CLOCK } from '@/shared/lib/iso-time';

import { FALLBACK_LANGUAGE, toLanguage } from './catalogue';

import { currentLanguage } from './init';
import { getTimeZone, useTimeZone } from './time-zone';

type DateInput = Date | string | number;

export interface FormatContext {
  language: string;
  timeZone: string;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "2026/11/22 14:59:09 GMT+8": date and time in the operator's zone, with the zone shown. */
export function formatDateTime(value: DateInput, { language, timeZone }: FormatContext): string {
  return new Intl.DateTimeFormat(language, {
    ...WALL_CLOCK,
    timeZone,
    timeZoneName: 'shortOffset',
  }).format(toDate(value));
}

/** "2026/11/22 14:59:09": for table cells under a heading that names the zone. */
export function formatDateTimeWithoutZone(
  value: DateInput,
  { language, timeZone }: FormatContext,
): string {
  return new Intl.DateTimeFormat(language, { ...WALL_CLOCK, timeZone }).format(toDate(value));
}

/** "14:59:09": the time of day alone, for rows under a heading that shows the zone. */
export function formatTime(value: DateInput, { language, timeZone }: FormatContext): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(toDate(value));
}

/** "GMT+8": the zone as the time columns' headings name it. */
export function formatZoneLabel(value: DateInput, { language, timeZone }: FormatContext): string {
  const part = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(toDate(value))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** ISO 8601 with the offset of the operator's zone (or `timeZone`), for exports. */
export function toIsoWithOffset(value: DateInput, timeZone: string = getTimeZone()): string {
  return isoWithOffset(value, timeZone);
}

export function formatNumber(value: number, { language }: Pick<FormatContext, 'language'>): string {
  return new Intl.NumberFormat(language).format(value);
}

/** "ada, bob and cy" / "ada、bob和cy". */
export function formatList(
  items: readonly string[],
  { language, type = 'conjunction' }: { language: string; type?: Intl.ListFormatType },
): string {
  return new Intl.ListFormat(language, { style: 'long', type }).format(items);
}

/** The formatters bound to the current language and zone, outside React (CSV exports, toasts). */
export function currentFormat() {
  return bindFormat({ language: currentLanguage(), timeZone: getTimeZone() });
}

/** The formatters bound to the current language and zone, re-rendering when either changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  return bindFormat({ language: i18n.resolvedLanguage ?? i18n.language, timeZone });
}

function bindFormat(context: FormatContext) {
  return {
    ...context,
    dateTime: (value: DateInput) => formatDateTime(value, context),
    dateTimeWithoutZone: (value: DateInput) => formatDateTimeWithoutZone(value, context),
    time: (value: DateInput) => formatTime(value, context),
    zone: (value: DateInput = Date.now()) => formatZoneLabel(value, context),
    iso: (value: DateInput) => toIsoWithOffset(value, context.timeZone),
    /** `?lang=&tz=` for the server's CSV exports, so they read as the screen does. */
    exportQuery: {
      lang: toLanguage(context.language) ?? FALLBACK_LANGUAGE,
      tz: context.timeZone,
    } satisfies ExportQuery,
    number: (value: number) => formatNumber(value, context),
    list: (items: readonly string[], type?: Intl.ListFormatType) =>
      formatList(items, { language: context.language, type }),
  };
}
