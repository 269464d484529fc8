import { infiniteQueryOptions, useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { infoInWords } from '@/api/describe-failure';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import type { DeleteType } from '@/shared/contract/friends';

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
export const friendsQuery = (user: string) =>
  infiniteQueryOptions({
    queryKey: [...queryKeyRoots.relations, 'friends', user],
    initialPageParam: 0,
    queryFn: async ({ pageParam, signal }) => {
      const answer = await callEndpoint(
        endpoints.friendGet,
        { From_Account: user, StartIndex: pageParam },
        { signal },
      );
      const friends = (answer.UserDataItem ?? []).map((item): FriendRow => {
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
        friends,
        total: answer.FriendNum ?? friends.length,
        next: answer.CompleteFlag === 1 ? undefined : answer.NextStartIndex,
      };
    },
    getNextPageParam: (page) => page.next,
    enabled: user !== '',
  });

/** black_list_get, 100 per page; StartIndex 0 in the answer means the list is complete. */
export const blocklistQuery = (user: string) =>
  infiniteQueryOptions({
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

/** Per-item failures of a write, in words; an empty list means every account succeeded. */
function itemFailures(
  items: { To_Account: string; ResultCode: number; ResultInfo: string }[] = [],
) {
  return items
    .filter((item) => item.ResultCode !== 0)
    .map(
      (item) =>
        `${item.To_Account}: ${item.ResultCode} ${infoInWords(item.ResultCode, item.ResultInfo)}`,
    );
}

const invalidatesRelations = { meta: { invalidates: [queryKeyRoots.relations] } };

export function useDeleteFriendsMutation() {
  return useMutation({
    mutationFn: async (input: { user: string; accounts: string[]; deleteType: DeleteType }) =>
      itemFailures(
        (
          await callEndpoint(endpoints.friendDelete, {
            From_Account: input.user,
            To_Account: input.accounts,
            DeleteType: input.deleteType,
          })
        ).ResultItem,
      ),
    ...invalidatesRelations,
  });
}

export function useBlocklistMutation(change: 'block' | 'unblock') {
  return useMutation({
    mutationFn: async (input: { user: string; accounts: string[] }) =>
      itemFailures(
        (
          await callEndpoint(
            change === 'block' ? endpoints.blackListAdd : endpoints.blackListDelete,
            { From_Account: input.user, To_Account: input.accounts },
          )
        ).ResultItem,
      ),
    ...invalidatesRelations,
  });
}
