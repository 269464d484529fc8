import { queryOptions } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { type AdminForbidType, type AllowType, PROFILE_TAGS } from '@/shared/contract/profile';
import { callsOf } from '@/shared/lib/chunk';

export interface AccountRow {
  userId: string;
  exists: boolean;
  nick?: string;
  allowType?: AllowType;
  adminForbidType?: AdminForbidType;
}

/** account_check for every account (100 per call), then portrait_get for those that exist. */
async function readAccounts(accounts: readonly string[], signal?: AbortSignal) {
  const rows = new Map<string, AccountRow>();
  for (const part of callsOf(endpoints.accountCheck, accounts)) {
    const answer = await callEndpoint(
      endpoints.accountCheck,
      { CheckItem: part.map((UserID) => ({ UserID })) },
      { signal },
    );
    for (const item of answer.ResultItem ?? []) {
      rows.set(item.UserID, { userId: item.UserID, exists: item.AccountStatus === 'Imported' });
    }
  }
  const existing = [...rows.values()].filter((row) => row.exists).map((row) => row.userId);
  for (const part of callsOf(endpoints.portraitGet, existing)) {
    const answer = await callEndpoint(
      endpoints.portraitGet,
      {
        To_Account: part,
        TagList: [PROFILE_TAGS.nick, PROFILE_TAGS.allowType, PROFILE_TAGS.adminForbidType],
      },
      { signal },
    );
    for (const item of answer.UserProfileItem ?? []) {
      const row = rows.get(item.To_Account);
      if (!row) continue;
      const tag = (name: string) => item.ProfileItem?.find((entry) => entry.Tag === name)?.Value;
      row.nick = tag(PROFILE_TAGS.nick) as string | undefined;
      row.allowType = tag(PROFILE_TAGS.allowType) as AllowType | undefined;
      row.adminForbidType = tag(PROFILE_TAGS.adminForbidType) as AdminForbidType | undefined;
    }
  }
  return accounts.map((userId) => rows.get(userId) ?? { userId, exists: false });
}

export const accountQueries = {
  check: (accounts: readonly string[]) =>
    queryOptions({
      queryKey: [...queryKeyRoots.accounts, 'check', accounts],
      queryFn: ({ signal }) => readAccounts(accounts, signal),
      enabled: accounts.length > 0,
    }),
};
