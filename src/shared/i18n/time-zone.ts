import { useSyncExternalStore } from 'react';

import { isValidTimeZone } from '@/shared/lib/iso-time';

export { isValidTimeZone };

export const TIME_ZONE_STORAGE_KEY = 'friend-console.timeZone';

/** The machine's own zone; the default when the operator has chosen none. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every zone the browser knows, for the setting's picker (a short list where unsupported). */
export function knownTimeZones(): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['Asia/Shanghai', 'Europe/London', 'America/New_York'];
  return [...new Set(['UTC', browserTimeZone(), ...zones])];
}

const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The operator's zone: the persisted setting, else the browser's. */
export function getTimeZone(): string {
  const stored = storage()?.getItem(TIME_ZONE_STORAGE_KEY);
  return stored && isValidTimeZone(stored) ? stored : browserTimeZone();
}

/** Persists the zone (or, with `undefined`, returns to the browser's) and re-renders readers. */
export function setTimeZone(zone: string | undefined) {
  if (zone !== undefined && !isValidTimeZone(zone)) {
    throw new RangeError(`Time zone “${zone}” is not an IANA zone this browser knows`);
  }
  if (zone === undefined || zone === browserTimeZone())
    storage()?.removeItem(TIME_ZONE_STORAGE_KEY);
  else storage()?.setItem(TIME_ZONE_STORAGE_KEY, zone);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The operator's zone, re-rendering when it changes. */
export function useTimeZone(): string {
  return useSyncExternalStore(subscribe, getTimeZone, getTimeZone);
}
