import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';

import { queryKeyRoots } from '@/api/query-keys';
import { fetchHistory, type HistoryFilters } from '@/api/runs/runs-client';

export const historyQueries = {
  /** Runs and single write calls, newest first, a page at a time. */
  list: (filters: HistoryFilters) =>
    infiniteQueryOptions({
      queryKey: [...queryKeyRoots.history, 'list', filters],
      queryFn: ({ pageParam, signal }) =>
        fetchHistory(filters, { cursor: pageParam || undefined, signal }),
      initialPageParam: '',
      getNextPageParam: (page) => page.next ?? undefined,
      staleTime: 0,
      // The old entries stay on screen while new filters load, instead of a blank.
      placeholderData: keepPreviousData,
    }),
};
