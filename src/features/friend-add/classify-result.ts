import { type FailureDescription, failureSummary } from '@/api/describe-failure';
import { explainCode, RESULT_INFO } from '@/shared/contract/error-codes';
import type { DeleteType } from '@/shared/contract/friends';

/** Per-item codes worth sending again unchanged (contract §7): transient server-side failures. */
export const RETRYABLE_CODES = new Set([30006, 30007, 30008, 60007]);

export type AddStatus = 'added' | 'pending' | 'exists' | 'failed';

export const STATUS_LABELS: Record<AddStatus, string> = {
  added: 'Added',
  pending: 'Request sent, awaiting approval',
  exists: 'Already friends',
  failed: 'Failed',
};

export interface ClassifiedResult {
  account: string;
  status: AddStatus;
  code: number;
  info: string;
  meaning: string;
  nextStep: string;
  /** "Retry failed" sends this account again. */
  retryable: boolean;
  /** How "Undo this batch" deletes the friendship this result created; absent if none. */
  undo?: DeleteType;
}

/** An account whose whole call failed: it shares the call's explanation. */
export function requestFailed(
  account: string,
  code: number,
  failure: FailureDescription,
): ClassifiedResult {
  return {
    account,
    status: 'failed',
    code,
    info: failureSummary(failure),
    meaning: failure.meaning,
    nextStep: failure.nextStep ?? '',
    retryable: RETRYABLE_CODES.has(code) || failure.retryable,
  };
}

/** One friend_add ResultItem in words: 30539 and an existing friendship are not failures. */
export function classifyResult(item: {
  To_Account: string;
  ResultCode: number;
  ResultInfo: string;
}): ClassifiedResult {
  const entry = explainCode(item.ResultCode);
  const status: AddStatus =
    item.ResultCode === 0
      ? 'added'
      : item.ResultCode === 30539
        ? 'pending'
        : item.ResultCode === 30001 && item.ResultInfo === RESULT_INFO.friendExists
          ? 'exists'
          : 'failed';
  return {
    account: item.To_Account,
    status,
    code: item.ResultCode,
    info: item.ResultInfo,
    meaning:
      status === 'added'
        ? 'The friendship was created.'
        : status === 'exists'
          ? 'The account is already in the From_Account’s friend list; nothing changed.'
          : entry.meaning,
    nextStep: status === 'added' || status === 'exists' ? '' : entry.nextStep,
    retryable: status === 'failed' && RETRYABLE_CODES.has(item.ResultCode),
  };
}
