import type { ApiError } from '@/api/api-error';
import { streamEndpoint } from '@/api/batch-client';
import type { ItemFailure } from '@/api/item-failure';
import { describeFailure, failureSummary } from '@/api/describe-failure';
import { endpoints } from '@/shared/contract/endpoints';
import { BLOCK_LETTERS, FAILED_LETTER } from '@/shared/contract/runs';

import type { RelationMatrix } from '../build-matrix';
import { type PlannedCheck, planChecks } from '@/shared/lib/plan-checks';

export type MatrixProgress = (progress: {
  matrix: RelationMatrix;
  done: number;
  total: number;
}) => void;

/**
 * "Check again": asks friend_check, then black_list_check, now for rows of an existing matrix,
 * against every column, as the run does.
 */
export async function recheckRows(
  matrix: RelationMatrix,
  rows: readonly string[],
  options: { signal?: AbortSignal; onProgress?: MatrixProgress },
): Promise<void> {
  const calls = rows.flatMap((row) => planChecks([row], matrix.columns, matrix.checkType));
  await checkInto(matrix, calls, options);
  await streamEndpoint(
    endpoints.blackListCheck,
    calls.map((call) => ({
      From_Account: call.from,
      To_Account: call.to,
      CheckType: 'BlackCheckResult_Type_Both' as const,
    })),
    (index, answer) => {
      const call = calls[index];
      if (!call) return;
      if (!answer.ok) {
        matrix.fail(call.from, call.to, failureOf(answer.error));
        return;
      }
      const items = new Map(
        (answer.response.BlackListCheckItem ?? []).map((item) => [item.To_Account, item]),
      );
      const letters = call.to
        .map((to) => {
          const item = items.get(to);
          return item?.ResultCode === 0 ? BLOCK_LETTERS[item.Relation] : FAILED_LETTER;
        })
        .join('');
      const failures = Object.fromEntries(
        [...items.values()]
          .filter((item) => item.ResultCode !== 0)
          .map((item) => [item.To_Account, item]),
      );
      matrix.applyBlockLetters(call.from, call.to, letters, failures);
      options.onProgress?.({ matrix, done: calls.length, total: calls.length });
    },
    { signal: options.signal },
  );
}

async function checkInto(
  matrix: RelationMatrix,
  calls: PlannedCheck[],
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: MatrixProgress },
): Promise<void> {
  let done = 0;
  onProgress?.({ matrix, done: 0, total: calls.length });
  await streamEndpoint(
    endpoints.friendCheck,
    calls.map((call) => ({
      From_Account: call.from,
      To_Account: call.to,
      CheckType: matrix.checkType,
    })),
    (index, answer) => {
      const call = calls[index];
      if (!call) return;
      if (answer.ok) matrix.apply(call.from, answer.response.InfoItem ?? []);
      else matrix.fail(call.from, call.to, failureOf(answer.error));
      done += 1;
      onProgress?.({ matrix, done, total: calls.length });
    },
    { signal },
  );
}

function failureOf(error: ApiError): ItemFailure {
  const described = describeFailure(error);
  return {
    ...(error.failure.kind === 'tencent' ? { code: error.failure.code } : {}),
    info: failureSummary(described),
    meaning: described.meaning,
    nextStep: described.nextStep,
    retryable: described.retryable,
  };
}
