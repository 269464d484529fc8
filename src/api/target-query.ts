import { queryOptions } from '@tanstack/react-query';

import { fetchTarget } from './client';
import { queryKeyRoots } from './query-keys';

export const targetQuery = queryOptions({
  queryKey: queryKeyRoots.target,
  queryFn: ({ signal }) => fetchTarget({ signal }),
  staleTime: Infinity,
});
