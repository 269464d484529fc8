import { useMutation } from '@tanstack/react-query';

import { queryKeyRoots } from '../query-keys';
import { cancelRun } from './runs-client';

/** Stops sending; the run ends `cancelled` once the calls in flight have answered. */
export function useRunCancelMutation() {
  return useMutation({
    mutationFn: cancelRun,
    meta: { invalidates: [queryKeyRoots.history] },
  });
}
