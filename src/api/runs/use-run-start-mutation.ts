import { useMutation } from '@tanstack/react-query';

import type { RunRequest } from '@/shared/contract/runs';

import { queryKeyRoots } from '../query-keys';
import { startRun } from './runs-client';

/** A fresh key per start; getRandomValues works on plain-http hosts, where randomUUID does not. */
function idempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** Starts a server-side run: a new batch, an undo or a retry. The answer names the run. */
export function useRunStartMutation() {
  return useMutation({
    mutationFn: (body: RunRequest) => startRun(body, { idempotencyKey: idempotencyKey() }),
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.history, queryKeyRoots.relations],
    },
  });
}
