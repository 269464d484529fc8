import { useMutation } from '@tanstack/react-query';

import { queryKeyRoots } from '@/api/query-keys';

import { startPlanUndo } from './plan-requests';

/** Takes back what a plan run changed, as a run of its own (its imports stay). */
export function usePlanUndoMutation(runId: string) {
  return useMutation({
    mutationFn: () => startPlanUndo(runId),
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.history, queryKeyRoots.relations, queryKeyRoots.accounts],
    },
  });
}
