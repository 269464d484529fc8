import { queryOptions } from '@tanstack/react-query';

import { fetchJsonWithLazySchema } from './client';
import { queryKeyRoots } from './query-keys';

export const targetQuery = queryOptions({
  queryKey: queryKeyRoots.target,
  queryFn: ({ signal }) =>
    fetchJsonWithLazySchema(
      '/api/target',
      async () => (await import('@/shared/contract/target')).TargetDescription,
      { signal },
    ),
  staleTime: Infinity,
});
