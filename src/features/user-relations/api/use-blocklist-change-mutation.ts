import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { callsOf } from '@/shared/lib/chunk';

import { itemFailures } from './item-failures';

/**
 * black_list_add (`block`) or black_list_delete (`unblock`), up to 1000 accounts per call;
 * resolves to the accounts that failed. Blocking also ends a friendship, so the friend list and
 * its directions go stale too.
 */
export function useBlocklistChangeMutation(change: 'block' | 'unblock') {
  return useMutation({
    mutationFn: async (input: { user: string; accounts: string[] }) => {
      const failures: string[] = [];
      for (const part of callsOf(
        change === 'block' ? endpoints.blackListAdd : endpoints.blackListDelete,
        input.accounts,
      )) {
        const answer = await callEndpoint(
          change === 'block' ? endpoints.blackListAdd : endpoints.blackListDelete,
          { From_Account: input.user, To_Account: part },
        );
        failures.push(...itemFailures(answer.ResultItem));
      }
      return failures;
    },
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.relations],
    },
  });
}
