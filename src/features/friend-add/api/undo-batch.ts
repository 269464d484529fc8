import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { describeFailure, failureSummary } from '@/api/describe-failure';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { explainCode } from '@/shared/contract/error-codes';
import { type DeleteType, FRIEND_DELETE_MAX_ACCOUNTS } from '@/shared/contract/friends';
import { chunk } from '@/shared/lib/chunk';

import type { ClassifiedResult } from '../classify-result';

export interface UndoFailure {
  account: string;
  reason: string;
}

export interface UndoOutcome {
  deleted: string[];
  failed: UndoFailure[];
}

/** The friendships a batch created, grouped by how each must be deleted. */
export function undoPlan(results: readonly ClassifiedResult[]): Map<DeleteType, string[]> {
  const plan = new Map<DeleteType, string[]>();
  for (const result of results) {
    if (result.undo === undefined) continue;
    plan.set(result.undo, [...(plan.get(result.undo) ?? []), result.account]);
  }
  return plan;
}

/** "Undo this batch": friend_delete, 1000 accounts per call, each with the batch's DeleteType. */
export async function undoBatch({
  from,
  results,
}: {
  from: string;
  results: readonly ClassifiedResult[];
}): Promise<UndoOutcome> {
  const outcome: UndoOutcome = { deleted: [], failed: [] };
  for (const [DeleteType, accounts] of undoPlan(results)) {
    for (const part of chunk(accounts, FRIEND_DELETE_MAX_ACCOUNTS)) {
      try {
        const answer = await callEndpoint(endpoints.friendDelete, {
          From_Account: from,
          To_Account: part,
          DeleteType,
        });
        for (const item of answer.ResultItem ?? []) {
          if (item.ResultCode === 0) outcome.deleted.push(item.To_Account);
          else
            outcome.failed.push({
              account: item.To_Account,
              reason: `${item.ResultCode}: ${explainCode(item.ResultCode).meaning}`,
            });
        }
      } catch (error) {
        const reason = failureSummary(describeFailure(error));
        outcome.failed.push(...part.map((account) => ({ account, reason })));
      }
    }
  }
  return outcome;
}

export function useUndoBatchMutation() {
  return useMutation({
    mutationFn: undoBatch,
    meta: { invalidates: [queryKeyRoots.relations] },
  });
}
