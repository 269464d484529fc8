import { queryOptions } from '@tanstack/react-query';

import { queryKeyRoots } from '@/api/query-keys';

import { checkFirst } from './check-first';
import { type FollowUpInput, readFollowUps } from './result-follow-ups';

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

  /** After a run, what its answers alone cannot say (see readFollowUps). */
  followUps: (input: FollowUpInput) =>
    queryOptions({
      // Under `relations` and `accounts`: a write on either screen makes these answers stale.
      queryKey: [...queryKeyRoots.relations, ...queryKeyRoots.accounts, 'add-follow-ups', input],
      queryFn: () => readFollowUps(input),
      enabled: input.existing.length > 0 || input.missing.length > 0,
    }),
};
