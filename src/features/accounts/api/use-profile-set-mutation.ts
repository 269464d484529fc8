import { useMutation } from '@tanstack/react-query';

import { streamEndpoint } from '@/api/batch-client';
import { describeFailure, failureSummary } from '@/api/describe-failure';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';

export interface ProfileChange {
  accounts: readonly string[];
  tag: string;
  value: string;
}

/**
 * portrait_set for each account (the API sets one From_Account per call), sent through the
 * proxy's bulk transport; resolves to the failures in words.
 */
async function setProfiles({ accounts, tag, value }: ProfileChange): Promise<string[]> {
  const failures: string[] = [];
  await streamEndpoint(
    endpoints.portraitSet,
    accounts.map((From_Account) => ({ From_Account, ProfileItem: [{ Tag: tag, Value: value }] })),
    (index, answer) => {
      if (!answer.ok)
        failures.push(`${accounts[index]}: ${failureSummary(describeFailure(answer.error))}`);
    },
  );
  return failures;
}

export function useProfileSetMutation() {
  return useMutation({
    mutationFn: setProfiles,
    meta: {
      errorsShownInPlace: true,
      invalidates: [queryKeyRoots.accounts],
    },
  });
}
