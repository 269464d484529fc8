import { useTranslation } from 'react-i18next';

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

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

/** "2026/11/22 14:59:09 GMT+8": date and time in the operator's zone, with the zone shown. */
export function formatDateTime(value: DateInput, { language, timeZone }: FormatContext): string {
  return new Intl.DateTimeFormat(language, {
    ...DATE_TIME,
    timeZone,
    timeZoneName: 'shortOffset',
  }).format(toDate(value));
}

/** "2026/11/22 14:59:09": for table cells under a heading that names the zone. */
export function formatDateTimeWithoutZone(
  value: DateInput,
  { language, timeZone }: FormatContext,
): string {
  return new Intl.DateTimeFormat(language, { ...DATE_TIME, timeZone }).format(toDate(value));
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

/**
 * "2026-11-22T14:59:09.120+08:00": ISO 8601 with the zone's offset, for exports, so a file read
 * elsewhere still says which instant it was (`toISOString` would always write UTC's `Z`).
 */
export function toIsoWithOffset(value: DateInput, timeZone: string = getTimeZone()): string {
  const date = toDate(value);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { ...DATE_TIME, timeZone })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const wallClockAsUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const offsetMinutes = Math.round(
    (wallClockAsUtc - (date.getTime() - date.getMilliseconds())) / 60_000,
  );
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  const ms = String(date.getMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}${offset}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
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
    number: (value: number) => formatNumber(value, context),
    list: (items: readonly string[], type?: Intl.ListFormatType) =>
      formatList(items, { language: context.language, type }),
  };
}
