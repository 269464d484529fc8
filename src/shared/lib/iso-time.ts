/** Zone-aware ISO 8601 for exports, usable by the browser and the proxy alike. */

/** Date and time to the second, 24-hour: what every console time shows. */
export const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * "2026-11-22T14:59:09.120+08:00": ISO 8601 with the zone's offset, for exports, so a file read
 * elsewhere still says which instant it was (`toISOString` would always write UTC's `Z`).
 */
export function isoWithOffset(value: Date | string | number, timeZone: string): string {
  const date = value instanceof Date ? value : new Date(value);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK, timeZone })
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
