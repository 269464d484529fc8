import { queryOptions } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { PROFILE_TAGS } from '@/shared/contract/profile';
import { callsOf } from '@/shared/lib/chunk';

const NONE: ReadonlySet<string> = new Set();

/**
 * The rows whose AdminForbidType is AdminForbid_Type_SendOut (portrait_get, 100 a call): their
 * friend_add fails with 30009, so the row header says so. A chunk that fails leaves its rows
 * unmarked: the badge is a hint, not a verdict.
 */
async function readForbidden(accounts: readonly string[], signal?: AbortSignal) {
  const forbidden = new Set<string>();
  for (const part of callsOf(endpoints.portraitGet, accounts)) {
    const answer = await callEndpoint(
      endpoints.portraitGet,
      { To_Account: part, TagList: [PROFILE_TAGS.adminForbidType] },
      { signal },
    ).catch(() => undefined);
    for (const item of answer?.UserProfileItem ?? []) {
      const value = item.ProfileItem?.find((tag) => tag.Tag === PROFILE_TAGS.adminForbidType);
      if (value?.Value === 'AdminForbid_Type_SendOut') forbidden.add(item.To_Account);
    }
  }
  return forbidden as ReadonlySet<string>;
}

export const matrixQueries = {
  forbidden: (rows: readonly string[]) =>
    queryOptions({
      queryKey: [...queryKeyRoots.accounts, 'admin-forbid', rows],
      queryFn: ({ signal }) => readForbidden(rows, signal),
      enabled: rows.length > 0,
      placeholderData: NONE,
    }),
};
