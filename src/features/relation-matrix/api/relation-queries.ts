import { queryOptions } from '@tanstack/react-query';

import { queryKeyRoots } from '@/api/query-keys';

import { type MatrixProgress, type MatrixRequest, runMatrix } from './run-matrix';

export const relationQueries = {
  all: () => queryKeyRoots.relations,
  matrix: (request: MatrixRequest, onProgress: MatrixProgress) =>
    queryOptions({
      queryKey: [...queryKeyRoots.relations, 'matrix', request],
      queryFn: ({ signal }) => runMatrix(request, { signal, onProgress }),
      staleTime: 30_000,
      retry: false,
    }),
};
