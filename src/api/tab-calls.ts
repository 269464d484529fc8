import { useSyncExternalStore } from 'react';

import type { CallRecord } from '@/shared/contract/emulator-control';

/** One Tencent call this tab made through the proxy, shaped like the emulator's call log. */
export interface TabCall extends CallRecord {
  /** How many times the proxy sent it upstream (retries of reads included); unknown on a refusal. */
  attempts?: number;
}

/** The newest calls only: the store lives as long as the tab and must not grow without end. */
export const TAB_CALLS_KEPT = 200;

let calls: readonly TabCall[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

/** Records a call; the client calls this for every single call, answered or not. */
export function recordTabCall(call: Omit<TabCall, 'id' | 'faults' | 'failedAccounts'>): void {
  const record: TabCall = { ...call, id: nextId++, faults: [], failedAccounts: 0 };
  calls = [record, ...calls].slice(0, TAB_CALLS_KEPT);
  for (const listener of listeners) listener();
}

export function clearTabCalls(): void {
  calls = [];
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The calls this tab made, newest first. */
export function useTabCalls(): readonly TabCall[] {
  return useSyncExternalStore(subscribe, () => calls);
}

export const tabCallsSnapshot = (): readonly TabCall[] => calls;
