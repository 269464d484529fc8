import { Checkbox, Group, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/shared/i18n';
import { WriteButton } from '@/shared/ui/write-guard';

import type { FriendRow } from '../api/user-relation-queries';
import type { FriendsList } from '../use-friends-list';
import type { RelationWrites } from '../use-relation-writes';
import { FriendDirection } from './friend-direction';

interface FriendsTableProps {
  user: string;
  list: FriendsList;
  writes: RelationWrites;
  readOnlyReason: string | undefined;
}

/** The friends shown, with direction, remark, groups, source and time, and per-row writes. */
export function FriendsTable({ user, list, writes, readOnlyReason }: FriendsTableProps) {
  const { t } = useTranslation(['userRelations', 'common']);
  const format = useFormat();
  const { selection } = list;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        aria-label={t('friends.label')}
        data-testid="friends-table"
        striped
        verticalSpacing={4}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                size="xs"
                aria-label={t('friends.selectAll')}
                checked={selection.allShownChosen}
                indeterminate={!selection.allShownChosen && selection.someShownChosen}
                onChange={selection.toggleAllShown}
              />
            </Table.Th>
            <Table.Th>To_Account</Table.Th>
            <Table.Th>{t('friends.direction')}</Table.Th>
            <Table.Th>{t('friends.remark')}</Table.Th>
            <Table.Th>{t('friends.groups')}</Table.Th>
            <Table.Th>AddSource</Table.Th>
            <Table.Th>{t('friends.added', { zone: format.zone() })}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.shown.map((friend) => (
            <FriendTableRow
              key={friend.account}
              friend={friend}
              user={user}
              list={list}
              writes={writes}
              readOnlyReason={readOnlyReason}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FriendTableRow({
  friend,
  user,
  list,
  writes,
  readOnlyReason,
}: FriendsTableProps & { friend: FriendRow }) {
  const { t } = useTranslation(['userRelations', 'common']);
  const format = useFormat();
  return (
    <Table.Tr data-account={friend.account}>
      <Table.Td>
        <Checkbox
          size="xs"
          aria-label={t('friends.select', { account: friend.account })}
          checked={list.selection.selected.has(friend.account)}
          onChange={() => list.selection.toggle(friend.account)}
        />
      </Table.Td>
      <Table.Td ff="monospace">{friend.account}</Table.Td>
      <Table.Td>
        <FriendDirection
          user={user}
          friend={friend.account}
          relation={list.directions.data?.get(friend.account)}
        />
      </Table.Td>
      <Table.Td>{friend.remark}</Table.Td>
      <Table.Td>{friend.groups.join(', ')}</Table.Td>
      <Table.Td fz="xs">{friend.addSource}</Table.Td>
      <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
        {friend.addTime ? format.dateTimeWithoutZone(friend.addTime * 1000) : ''}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <WriteButton
            readOnlyReason={readOnlyReason}
            size="compact-xs"
            variant="subtle"
            color="red"
            aria-label={t('friends.deleteLabel', { account: friend.account })}
            data-testid="delete-friend"
            onClick={() => writes.deleteFriends([friend.account])}
          >
            {t('friends.delete')}
          </WriteButton>
          <WriteButton
            readOnlyReason={readOnlyReason}
            size="compact-xs"
            variant="subtle"
            color="gray"
            aria-label={t('friends.blockLabel', { account: friend.account })}
            data-testid="block-friend"
            onClick={() => writes.block([friend.account], list.accounts)}
          >
            {t('writes.block')}
          </WriteButton>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
