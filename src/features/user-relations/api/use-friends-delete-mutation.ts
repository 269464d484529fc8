import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { failedItems, type ItemFailure } from '@/api/item-failure';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { type DeleteType } from '@/shared/contract/friends';
import { callsOf } from '@/shared/lib/chunk';

/** friend_delete, up to 1000 accounts per call; resolves to the accounts that failed. */
export function useFriendsDeleteMutation() {
  return useMutation({
    mutationFn: async (input: { user: string; accounts: string[]; deleteType: DeleteType }) => {
      const failures: ItemFailure[] = [];
      for (const part of callsOf(endpoints.friendDelete, input.accounts)) {
        const answer = await callEndpoint(endpoints.friendDelete, {
          From_Account: input.user,
          To_Account: part,
          DeleteType: input.deleteType,
        });
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
