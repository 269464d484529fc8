import type { NextAction } from '@/shared/contract/error-codes';

import type { AddStatus, ClassifiedResult } from './classify-result';

/** Short names for the codes friend_add meets, for group headings ("30003 · account missing"). */
const CODE_NAMES: Record<number, string> = {
  0: 'added',
  30001: 'invalid item',
  30003: 'account missing',
  30006: 'internal error',
  30007: 'timeout',
  30008: 'write conflict',
  30009: 'From_Account may not add friends',
  30010: 'friend list full',
  30011: 'too many groups',
  30014: 'target’s friend list full',
  30515: 'on From_Account’s blocklist',
  30516: 'refuses all requests',
  30525: 'From_Account is blocked',
  30539: 'awaiting approval',
  30540: 'throttled',
};

const STATUS_NAMES: Partial<Record<AddStatus, string>> = {
  exists: 'already friends',
  one_way: 'one way only',
  not_sent: 'not sent',
  unknown: 'no answer',
  undone: 'undone',
  waiting: 'waiting',
  sending: 'sending',
};

export interface ResultGroup {
  key: string;
  /** "30003 · account missing", or "call failed · 30003" for a call that failed as a whole. */
  title: string;
  /** The explanation every row of the group shares, said once. */
  meaning: string;
  nextStep: string;
  action?: NextAction;
  callFailed: boolean;
  /** The failure's ErrorInfo or title, for a call that failed as a whole. */
  info: string;
  results: ClassifiedResult[];
}

function groupKey(result: ClassifiedResult): string {
  if (result.callFailed) return `call:${result.code}:${result.info}`;
  if (result.code === '' || STATUS_NAMES[result.status]) return `status:${result.status}`;
  return `code:${result.code}`;
}

function groupTitle(result: ClassifiedResult): string {
  if (result.callFailed) return `call failed · ${result.code === '' ? 'no code' : result.code}`;
  const name = STATUS_NAMES[result.status] ?? CODE_NAMES[Number(result.code)] ?? 'other';
  return result.code === '' ? name : `${result.code} · ${name}`;
}

/** The results by ResultCode (and by state where no code came), in the order first met. */
export function groupResults(results: readonly ClassifiedResult[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const result of results) {
    const key = groupKey(result);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        title: groupTitle(result),
        meaning: result.meaning,
        nextStep: result.nextStep,
        action: result.action,
        callFailed: result.callFailed === true,
        info: result.info,
        results: [],
      };
      groups.set(key, group);
    }
    group.results.push(result);
  }
  return [...groups.values()];
}

/** "57 accounts", "1 account". */
export const accountCount = (count: number) => `${count} account${count === 1 ? '' : 's'}`;
