import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query';

import { explainCode } from '@/shared/contract/error-codes';

import { ApiError } from './api-error';
import { describeFailure, type FailureDescription } from './describe-failure';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Key roots this write makes stale. */
      invalidates?: QueryKey[];
      /** A screen shows this write's failure in place; otherwise it becomes a notification. */
      errorsShownInPlace?: boolean;
    };
  }
}

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const { failure } = error;
  if (failure.kind === 'network') return true;
  if (failure.kind === 'proxy') return failure.status === 502 || failure.status === 504;
  if (failure.kind === 'tencent') return explainCode(failure.code).retryable;
  return false;
}

/**
 * One client per app (or per test). Mutations name the key roots they make stale, and a write's
 * failure that no screen shows in place is handed to `onUnshownFailure`, so it is never silent.
 */
export function createQueryClient({
  retry = true,
  onUnshownFailure,
}: {
  retry?: boolean;
  /** Told of a write's failure that no screen shows (the app makes it a notification). */
  onUnshownFailure?: (failure: FailureDescription) => void;
} = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: retry ? (failures, error) => isRetryable(error) && failures < 2 : false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.errorsShownInPlace) onUnshownFailure?.(describeFailure(error));
      },
      onSuccess: async (_data, _variables, _context, mutation) => {
        await Promise.all(
          (mutation.meta?.invalidates ?? []).map((queryKey) =>
            queryClient.invalidateQueries({ queryKey }),
          ),
        );
      },
    }),
  });
  return queryClient;
}
