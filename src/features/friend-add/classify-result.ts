import i18next from 'i18next';

import { callFailureOf, type ItemFailure } from '@/api/item-failure';
import { type NextAction, RESULT_INFO } from '@/shared/contract/error-codes';
import { explainError } from '@/shared/i18n';
import type { RunItem } from '@/shared/contract/runs';

/** Codes a retry with ForceAddFlags may turn into an add: approval needed, or refused by setting. */
export const FORCE_FIXES_CODES = new Set([30516, 30539]);

export type AddStatus =
  | 'added'
  | 'pending'
  | 'exists'
  | 'one_way'
  | 'failed'
  | 'not_sent'
  | 'unknown'
  | 'undone'
  | 'waiting'
  | 'sending';

/**
 * One account's result in the shared failure vocabulary: `code` is Tencent's ResultCode, or the
 * failed call's ErrorCode, and absent when none came; `retryable` means "Retry failed" sends it.
 */
export interface ClassifiedResult extends ItemFailure {
  account: string;
  status: AddStatus;
  nextStep: string;
  /** "Retry these with force" may add this account. */
  forceMayFix: boolean;
  /** An add that "Undo" deletes. */
  undoable: boolean;
  /** The next step the results table offers as a button or link. */
  action?: NextAction;
  /** The call failed as a whole: the account itself is not the cause (see the group). */
  callFailed?: boolean;
}

const VERIFIED_KEYS = {
  present: 'friendAdd:meaning.verifiedPresent',
  absent: 'friendAdd:meaning.verifiedAbsent',
} as const;

function classifyDone(item: RunItem): Omit<ClassifiedResult, 'account' | 'undoable'> {
  if (item.failure) {
    const failure = callFailureOf(item.failure);
    return {
      status: 'failed',
      ...failure,
      nextStep: failure.nextStep ?? '',
      forceMayFix: false,
      // A whole call's 30003 is about From_Account: importing it is the step, not the rows.
      action: failure.code === 30003 ? 'import_accounts' : failure.retryable ? 'retry' : undefined,
      callFailed: true,
    };
  }
  const code = item.ResultCode ?? -1;
  const info = item.ResultInfo ?? '';
  const entry = explainError(code);
  const status: AddStatus =
    code === 0
      ? 'added'
      : code === 30539
        ? 'pending'
        : code === 30001 && info === RESULT_INFO.friendExists
          ? 'exists'
          : 'failed';
  return {
    status,
    code,
    info,
    meaning:
      status === 'added'
        ? i18next.t('friendAdd:meaning.added')
        : status === 'exists'
          ? i18next.t('friendAdd:meaning.exists')
          : entry.meaning,
    nextStep: status === 'added' || status === 'exists' ? '' : entry.nextStep,
    // Worth sending again unchanged: the error catalogue decides (contract §7).
    retryable: status === 'failed' && entry.retryable,
    forceMayFix: FORCE_FIXES_CODES.has(code),
    action: status === 'failed' || status === 'pending' ? entry.action : undefined,
  };
}

/**
 * One stored item of a friend_add run in words: its state, then Tencent's answer. While the run
 * goes, an item not sent yet is waiting and one sent without an answer yet is on its way.
 */
export function classifyRunItem(item: RunItem, running: boolean): ClassifiedResult {
  const account = item.To_Account;
  const base = { account, info: '', forceMayFix: false, undoable: false };
  if (running && item.state !== 'done') {
    const sending = item.state === 'unknown';
    return {
      ...base,
      status: sending ? 'sending' : 'waiting',
      meaning: sending
        ? i18next.t('friendAdd:meaning.sending')
        : i18next.t('friendAdd:meaning.waiting'),
      nextStep: '',
      retryable: false,
    };
  }
  if (item.undone) {
    return {
      ...base,
      status: 'undone',
      ...(item.ResultCode === null ? {} : { code: item.ResultCode }),
      meaning: i18next.t('friendAdd:meaning.undone'),
      nextStep: '',
      retryable: false,
    };
  }
  if (item.state === 'not_sent') {
    return {
      ...base,
      status: 'not_sent',
      meaning: i18next.t('friendAdd:meaning.notSent'),
      nextStep: i18next.t('friendAdd:meaning.notSentNext'),
      retryable: true,
    };
  }
  if (item.state === 'unknown') {
    return {
      ...base,
      status: 'unknown',
      meaning: item.verified
        ? i18next.t(VERIFIED_KEYS[item.verified])
        : i18next.t('friendAdd:meaning.unknown'),
      nextStep: item.verified ? '' : i18next.t('friendAdd:meaning.unknownNext'),
      retryable: item.verified !== 'present',
    };
  }
  return { ...base, ...classifyDone(item), undoable: item.undo !== null };
}
