import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { callsOf } from '@/shared/lib/chunk';

/** account_delete, 100 per call; resolves to the per-account failures in words. */
async function deleteAccounts(accounts: readonly string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const part of callsOf(endpoints.accountDelete, accounts)) {
    const answer = await callEndpoint(endpoints.accountDelete, {
      DeleteItem: part.map((UserID) => ({ UserID })),
    });
    for (const item of answer.ResultItem ?? []) {
      if (item.ResultCode !== 0) {
        failures.push(`${item.UserID}: ${item.ResultCode} ${item.ResultInfo}`);
      }
    }
  }
  return failures;
}

/** Deleting an account also removes every relation to it. */
export function useAccountsDeleteMutation() {
  return useMutation({
    mutationFn: deleteAccounts,
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.accounts, queryKeyRoots.relations],
    },
  });
}
