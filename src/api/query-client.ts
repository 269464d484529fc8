import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query';

import { explainCode } from '@/shared/contract/error-codes';

import { ApiError } from './api-error';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { invalidates?: QueryKey[] };
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

/** One client per app (or per test); mutations name the key roots they make stale. */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
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
