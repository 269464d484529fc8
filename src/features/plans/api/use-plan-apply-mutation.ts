import { useMutation } from '@tanstack/react-query';

import { queryKeyRoots } from '@/api/query-keys';

import { startPlanRun } from './plan-requests';

/** Applies a plan as one server-side run. */
export function usePlanApplyMutation() {
  return useMutation({
    mutationFn: startPlanRun,
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.history, queryKeyRoots.relations, queryKeyRoots.accounts],
    },
  });
}
