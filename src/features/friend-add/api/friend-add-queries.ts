import { queryOptions } from '@tanstack/react-query';

import { queryKeyRoots } from '@/api/query-keys';

import { checkFirst } from './check-first';

export interface CheckFirstInput {
  from: string;
  accounts: string[];
}

export const friendAddQueries = {
  /** "Check first": a read of what friend_add would meet, made when the operator asks. */
  checkFirst: (input: CheckFirstInput) =>
    queryOptions({
      queryKey: [...queryKeyRoots.relations, 'check-first', input],
      queryFn: ({ signal }) => checkFirst({ ...input, signal }),
      staleTime: 0,
      retry: false,
    }),
};
