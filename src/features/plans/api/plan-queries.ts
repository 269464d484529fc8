import { queryOptions, skipToken } from '@tanstack/react-query';

import type { Plan } from '@/shared/contract/plan';
import { FINISHED_STATUSES } from '@/shared/contract/runs';

import { diffPlan, fetchMatrixRunPlan, fetchRun } from './plan-requests';

/** A press of "Review changes": the plan as it was then, with an id so each press reads afresh. */
export interface PlanReview {
  id: string;
  plan: Plan;
}

export const planQueries = {
  /** "Save as plan": a finished matrix run's friendships as plan JSON. */
  fromRun: (runId: string | undefined) =>
    queryOptions({
      queryKey: ['plans', 'from-run', runId],
      queryFn: runId ? ({ signal }) => fetchMatrixRunPlan(runId, signal) : skipToken,
      staleTime: Infinity,
    }),

  /** What applying the reviewed plan would change now (only reads), once per press. */
  diff: (review: PlanReview | undefined) =>
    queryOptions({
      queryKey: ['plans', 'diff', review],
      // A plan can hold 100,000 pairs: the press's id identifies it without hashing them all.
      queryKeyHashFn: () => JSON.stringify(['plans', 'diff', review?.id]),
      queryFn: review ? ({ signal }) => diffPlan(review.plan, signal) : skipToken,
      staleTime: Infinity,
      retry: false,
    }),

  /** A plan run or its undo, followed until it has finished (one poll for all who follow it). */
  run: (id: string | undefined) =>
    queryOptions({
      queryKey: ['plans', 'run', id],
      queryFn: id ? ({ signal }) => fetchRun(id, signal) : skipToken,
      refetchInterval: (query) =>
        query.state.data && FINISHED_STATUSES.has(query.state.data.status) ? false : 300,
    }),
};
