import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { failedItems, type ItemFailure } from '@/api/item-failure';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { callsOf } from '@/shared/lib/chunk';

/**
 * black_list_add (`block`) or black_list_delete (`unblock`), up to 1000 accounts per call;
 * resolves to the accounts that failed. Blocking also ends a friendship, so the friend list and
 * its directions go stale too.
 */
export function useBlocklistChangeMutation(change: 'block' | 'unblock') {
  return useMutation({
    mutationFn: async (input: { user: string; accounts: string[] }) => {
      const failures: ItemFailure[] = [];
      for (const part of callsOf(
        change === 'block' ? endpoints.blackListAdd : endpoints.blackListDelete,
        input.accounts,
      )) {
        const answer = await callEndpoint(
          change === 'block' ? endpoints.blackListAdd : endpoints.blackListDelete,
          { From_Account: input.user, To_Account: part },
        );
        failures.push(...failedItems(answer.ResultItem));
      }
      return failures;
    },
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.relations],
    },
  });
}
