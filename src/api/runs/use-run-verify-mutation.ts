import { useMutation } from '@tanstack/react-query';

import { queryKeyRoots } from '../query-keys';
import { verifyRun } from './runs-client';

/** "Check these": reads whether each `unknown` add of a run took effect. */
export function useRunVerifyMutation() {
  return useMutation({
    mutationFn: verifyRun,
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.history],
    },
  });
}
