import { explainCode } from '@/shared/contract/error-codes';
import type { CallFailure, RunItem } from '@/shared/contract/runs';
import { explainError } from '@/shared/i18n';

import { describeCallFailure, failureSummary, infoInWords } from './describe-failure';

/**
 * Why one item of an answer failed, the same everywhere it is shown: Add friends results, undo,
 * relation writes and matrix cells. `code` and `info` are Tencent's (or the proxy's words when
 * the whole call failed); `meaning` and `nextStep` come from the error catalogue.
 */
export interface ItemFailure {
  /** The account the item was about, where a list names it (a matrix cell names its pair). */
  account?: string;
  code?: number;
  info: string;
  meaning: string;
  nextStep?: string;
  /** From the catalogue only: sending the item again may succeed. */
  retryable: boolean;
}

/** An item Tencent answered with a ResultCode other than 0. */
export function itemFailureOf(code: number, info: string, account?: string): ItemFailure {
  const entry = explainError(code);
  return {
    ...(account === undefined ? {} : { account }),
    code,
    info,
    meaning: entry.meaning,
    nextStep: entry.nextStep,
    retryable: explainCode(code).retryable,
  };
}

/**
 * An item of a call that failed as a whole: Tencent's ErrorCode and ErrorInfo from a FAIL
 * envelope, or, when the proxy answered with a problem, its title and status as `info`.
 */
export function callFailureOf(failure: CallFailure, account?: string): ItemFailure {
  const described = describeCallFailure(failure);
  return {
    ...(account === undefined ? {} : { account }),
    ...(failure.ErrorCode === undefined
      ? { info: failureSummary(described) }
      : { code: failure.ErrorCode, info: failure.ErrorInfo ?? '' }),
    meaning: described.meaning,
    ...(described.nextStep === undefined ? {} : { nextStep: described.nextStep }),
    retryable: described.retryable,
  };
}

/** Why a run's answered item failed; none when it succeeded or no answer has come. */
export function runItemFailure(item: RunItem): ItemFailure | undefined {
  if (item.failure) return callFailureOf(item.failure, item.To_Account);
  if (item.ResultCode === null || item.ResultCode === 0) return undefined;
  return itemFailureOf(item.ResultCode, item.ResultInfo ?? '', item.To_Account);
}

/** The failed items of a write's ResultItem; none when every account succeeded. */
export function failedItems(
  items: readonly { To_Account: string; ResultCode: number; ResultInfo: string }[] = [],
): ItemFailure[] {
  return items
    .filter((item) => item.ResultCode !== 0)
    .map((item) => itemFailureOf(item.ResultCode, item.ResultInfo, item.To_Account));
}

/** One line for a list or a toast: `bob: 30003 …`, Tencent's words quoted as such. */
export function itemFailureLine(failure: ItemFailure): string {
  const code = failure.code === undefined ? '' : `${failure.code} `;
  return `${failure.account ? `${failure.account}: ` : ''}${code}${infoInWords(failure.code, failure.info)}`;
}
