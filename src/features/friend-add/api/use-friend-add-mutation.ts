import { useMutation } from '@tanstack/react-query';

import { ApiError } from '@/api/api-error';
import { callEndpoint } from '@/api/client';
import { describeFailure, type FailureDescription } from '@/api/describe-failure';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import type { FriendAddRequest } from '@/shared/contract/friend-add';

import { classifyResult, type ClassifiedResult, requestFailed } from '../classify-result';

export interface FriendAddRun {
  requests: FriendAddRequest[];
  signal?: AbortSignal;
  /** Called after every call with all results so far, so they appear as calls finish. */
  onProgress?: (progress: { done: number; total: number; results: ClassifiedResult[] }) => void;
}

export interface FriendAddOutcome {
  results: ClassifiedResult[];
  /** The first call that failed as a whole (70001, 60007, a proxy 502…): one alert. */
  requestFailure?: FailureDescription;
  cancelled: boolean;
}

/**
 * Sends the calls one after another. A call that fails as a whole marks its accounts failed
 * (retryable when the failure is) and the run goes on, so nothing already done is lost.
 */
export async function runFriendAdd({
  requests,
  signal,
  onProgress,
}: FriendAddRun): Promise<FriendAddOutcome> {
  const results: ClassifiedResult[] = [];
  let requestFailure: FailureDescription | undefined;
  for (const [index, request] of requests.entries()) {
    if (signal?.aborted) return { results, requestFailure, cancelled: true };
    try {
      const reverseExisted = await reverseFriendships(request, signal);
      const response = await callEndpoint(endpoints.friendAdd, request, { signal });
      for (const item of response.ResultItem ?? []) {
        const result = classifyResult(item);
        if (result.status === 'added') {
          result.undo =
            request.AddType === 'Add_Type_Single' || reverseExisted.has(result.account)
              ? 'Delete_Type_Single'
              : 'Delete_Type_Both';
        }
        results.push(result);
      }
    } catch (error) {
      if (signal?.aborted) return { results, requestFailure, cancelled: true };
      const described = describeFailure(error);
      requestFailure ??= described;
      const code =
        error instanceof ApiError && error.failure.kind === 'tencent' ? error.failure.code : -1;
      for (const item of request.AddFriendItem) {
        results.push(requestFailed(item.To_Account, code, described));
      }
    }
    onProgress?.({ done: index + 1, total: requests.length, results: [...results] });
  }
  return { results, requestFailure, cancelled: false };
}

/**
 * Before a both-ways add, the accounts that already have From_Account as a friend: the add
 * creates only the forward half for them, so "Undo this batch" must delete only that half.
 * Unknown (the check failed) counts as existing, so an undo never deletes what it did not make.
 */
async function reverseFriendships(
  request: FriendAddRequest,
  signal: AbortSignal | undefined,
): Promise<Set<string>> {
  if (request.AddType === 'Add_Type_Single') return new Set();
  const accounts = request.AddFriendItem.map((item) => item.To_Account);
  try {
    const answer = await callEndpoint(
      endpoints.friendCheck,
      {
        From_Account: request.From_Account,
        To_Account: accounts,
        CheckType: 'CheckResult_Type_Both',
      },
      { signal },
    );
    const existedOrUnknown = new Set(accounts);
    for (const item of answer.InfoItem ?? []) {
      const hadFrom =
        item.Relation === 'CheckResult_Type_BWithA' || item.Relation === 'CheckResult_Type_BothWay';
      if (item.ResultCode === 0 && !hadFrom) existedOrUnknown.delete(item.To_Account);
    }
    return existedOrUnknown;
  } catch (error) {
    if (signal?.aborted) throw error;
    return new Set(accounts);
  }
}

export function useFriendAddMutation() {
  return useMutation({
    mutationFn: runFriendAdd,
    meta: { invalidates: [queryKeyRoots.relations] },
  });
}
