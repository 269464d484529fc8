import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { callsOf } from '@/shared/lib/chunk';

/** multiaccount_import, 100 per call; resolves to the accounts Tencent refused. */
async function importAccounts(accounts: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const part of callsOf(endpoints.multiaccountImport, accounts)) {
    const answer = await callEndpoint(endpoints.multiaccountImport, { Accounts: part });
    failed.push(...(answer.FailAccounts ?? []));
  }
  return failed;
}

export function useAccountsImportMutation() {
  return useMutation({
    mutationFn: importAccounts,
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.accounts, queryKeyRoots.relations],
    },
  });
}
