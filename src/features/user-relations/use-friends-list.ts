import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { currentFormat } from '@/shared/i18n';
import { downloadCsv } from '@/shared/ui/download';

import { type FriendRow, userRelationQueries } from './api/user-relation-queries';

function matches(friend: FriendRow, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return (
    needle === '' ||
    [friend.account, friend.remark, ...friend.groups].some((text) =>
      text.toLowerCase().includes(needle),
    )
  );
}

/**
 * A user's friend list as the panel shows it: the pages read so far (friend_get), each
 * friendship's direction (friend_check), the search, the selection and the CSV of what is shown.
 */
export function useFriendsList(user: string) {
  const friends = useInfiniteQuery(userRelationQueries.friends(user));
  const rows = useMemo(
    () => friends.data?.pages.flatMap((page) => page.friends) ?? [],
    [friends.data],
  );
  const accounts = useMemo(() => rows.map((row) => row.account), [rows]);
  const directions = useQuery(userRelationQueries.directions(user, accounts));
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const shown = rows.filter((row) => matches(row, search));
  const allShownChosen = shown.length > 0 && shown.every((row) => selected.has(row.account));

  return {
    friends,
    rows,
    accounts,
    directions,
    total: friends.data?.pages[0]?.total ?? 0,
    search,
    setSearch,
    shown,
    selection: {
      selected,
      chosen: accounts.filter((account) => selected.has(account)),
      allShownChosen,
      someShownChosen: shown.some((row) => selected.has(row.account)),
      toggle: (account: string) =>
        setSelected((before) => {
          const after = new Set(before);
          if (!after.delete(account)) after.add(account);
          return after;
        }),
      toggleAllShown: () =>
        setSelected(allShownChosen ? new Set() : new Set(shown.map((row) => row.account))),
      clear: () => setSelected(new Set()),
    },
    exportCsv: () =>
      downloadCsv(
        `friends-${user}`,
        [
          'From_Account',
          'To_Account',
          'Relation',
          'Tag_SNS_IM_Remark',
          'Tag_SNS_IM_Group',
          'Tag_SNS_IM_AddSource',
          'Tag_SNS_IM_AddTime',
        ],
        shown.map((row) => [
          user,
          row.account,
          directions.data?.get(row.account),
          row.remark,
          row.groups.join(';'),
          row.addSource,
          row.addTime ? currentFormat().iso(row.addTime * 1000) : '',
        ]),
      ),
  };
}

export type FriendsList = ReturnType<typeof useFriendsList>;
