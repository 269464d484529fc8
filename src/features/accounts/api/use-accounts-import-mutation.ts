import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { MULTIACCOUNT_IMPORT_MAX } from '@/shared/contract/account';
import { endpoints } from '@/shared/contract/endpoints';
import { chunk } from '@/shared/lib/chunk';

/** multiaccount_import, 100 per call; resolves to the accounts Tencent refused. */
async function importAccounts(accounts: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const part of chunk(accounts, MULTIACCOUNT_IMPORT_MAX)) {
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
