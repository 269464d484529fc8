import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import { type Relation } from '@/shared/contract/friend-check';
import { callsOf } from '@/shared/lib/chunk';

export interface FriendRow {
  account: string;
  remark: string;
  groups: string[];
  addSource: string;
  /** Seconds since the epoch. */
  addTime?: number;
}

export interface BlockRow {
  account: string;
  /** Seconds since the epoch. */
  since: number;
}

const BLOCKLIST_PAGE = 100;

/** friend_get, one page per StartIndex, until CompleteFlag. */
function friends(user: string) {
  return infiniteQueryOptions({
    queryKey: [...queryKeyRoots.relations, 'friends', user],
    initialPageParam: 0,
    queryFn: async ({ pageParam, signal }) => {
      const answer = await callEndpoint(
        endpoints.friendGet,
        { From_Account: user, StartIndex: pageParam },
        { signal },
      );
      const rows = (answer.UserDataItem ?? []).map((item): FriendRow => {
        const tag = (name: string) => item.ValueItem?.find((entry) => entry.Tag === name)?.Value;
        const groups = tag('Tag_SNS_IM_Group');
        const addTime = tag('Tag_SNS_IM_AddTime');
        return {
          account: item.To_Account,
          remark: String(tag('Tag_SNS_IM_Remark') ?? ''),
          groups: Array.isArray(groups) ? groups.map(String) : [],
          addSource: String(tag('Tag_SNS_IM_AddSource') ?? ''),
          addTime: typeof addTime === 'number' ? addTime : undefined,
        };
      });
      return {
        friends: rows,
        total: answer.FriendNum ?? rows.length,
        next: answer.CompleteFlag === 1 ? undefined : answer.NextStartIndex,
      };
    },
    getNextPageParam: (page) => page.next,
    enabled: user !== '',
  });
}

/** black_list_get, 100 per page; StartIndex 0 in the answer means the list is complete. */
function blocklist(user: string) {
  return infiniteQueryOptions({
    queryKey: [...queryKeyRoots.relations, 'blocklist', user],
    initialPageParam: 0,
    queryFn: async ({ pageParam, signal }) => {
      const answer = await callEndpoint(
        endpoints.blackListGet,
        { From_Account: user, StartIndex: pageParam, MaxLimited: BLOCKLIST_PAGE, LastSequence: 0 },
        { signal },
      );
      return {
        blocked: (answer.BlackListItem ?? []).map((item): BlockRow => ({
          account: item.To_Account,
          since: item.AddBlackTimeStamp,
        })),
        next: answer.StartIndex ? answer.StartIndex : undefined,
      };
    },
    getNextPageParam: (page) => page.next,
    enabled: user !== '',
  });
}

/**
 * friend_check (CheckResult_Type_Both) from the user to the friends listed so far: is each
 * friendship both ways, or only in the user's list?
 */
function directions(user: string, accounts: readonly string[]) {
  return queryOptions({
    queryKey: [...queryKeyRoots.relations, 'directions', user, accounts],
    queryFn: async ({ signal }) => {
      const relations = new Map<string, Relation>();
      for (const part of callsOf(endpoints.friendCheck, accounts)) {
        const answer = await callEndpoint(
          endpoints.friendCheck,
          { From_Account: user, To_Account: part, CheckType: 'CheckResult_Type_Both' },
          { signal },
        );
        for (const item of answer.InfoItem ?? []) relations.set(item.To_Account, item.Relation);
      }
      return relations;
    },
    enabled: user !== '' && accounts.length > 0,
  });
}

export const userRelationQueries = { friends, blocklist, directions };
