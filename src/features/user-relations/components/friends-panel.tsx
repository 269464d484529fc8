import {
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { describeFailure } from '@/api/describe-failure';
import { isoTime } from '@/shared/lib/csv';
import { downloadCsv } from '@/shared/ui/download';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { WriteGuard } from '@/shared/ui/write-guard';

import { type FriendRow, userRelationQueries } from '../api/user-relation-queries';
import type { RelationWrites } from '../use-relation-writes';
import { FriendDirection } from './friend-direction';

const formatTime = (seconds: number | undefined) => isoTime(seconds).slice(0, 16).replace('T', ' ');

function matches(friend: FriendRow, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return (
    needle === '' ||
    [friend.account, friend.remark, ...friend.groups].some((text) =>
      text.toLowerCase().includes(needle),
    )
  );
}

/** The user's friend list (friend_get) with each friendship's direction (friend_check). */
export function FriendsPanel({
  user,
  writes,
  readOnlyReason,
}: {
  user: string;
  writes: RelationWrites;
  readOnlyReason: string | undefined;
}) {
  const friends = useInfiniteQuery(userRelationQueries.friends(user));
  const rows = useMemo(
    () => friends.data?.pages.flatMap((page) => page.friends) ?? [],
    [friends.data],
  );
  const accounts = useMemo(() => rows.map((row) => row.account), [rows]);
  const directions = useQuery(userRelationQueries.directions(user, accounts));
  const total = friends.data?.pages[0]?.total ?? 0;
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const shown = rows.filter((row) => matches(row, search));
  const chosen = accounts.filter((account) => selected.has(account));
  const allShownChosen = shown.length > 0 && shown.every((row) => selected.has(row.account));
  const toggle = (account: string) =>
    setSelected((before) => {
      const after = new Set(before);
      if (!after.delete(account)) after.add(account);
      return after;
    });
  const clearSelection = () => setSelected(new Set());
  const readOnly = readOnlyReason !== undefined;

  const exportCsv = () =>
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
        isoTime(row.addTime),
      ]),
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="friends-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={3} size="h5" id="friends-title">
            Friends of {user} ({total})
          </Title>
          <Group gap="xs">
            <TextInput
              size="xs"
              w={220}
              aria-label="Search friends"
              placeholder="Search account, remark, group"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
            />
            <ExportCsvButton of="friends" rows={shown.length} onExport={exportCsv} />
          </Group>
        </Group>
        {chosen.length > 0 && (
          <Group gap="xs" aria-label="Selected friends">
            <Text size="sm">{chosen.length} selected</Text>
            <WriteGuard readOnlyReason={readOnlyReason}>
              <Button
                size="compact-sm"
                color="red"
                variant="light"
                disabled={readOnly}
                onClick={() => writes.deleteFriends(chosen, clearSelection)}
              >
                Delete selected ({chosen.length})
              </Button>
            </WriteGuard>
            <WriteGuard readOnlyReason={readOnlyReason}>
              <Button
                size="compact-sm"
                color="gray"
                variant="light"
                disabled={readOnly}
                onClick={() => writes.block(chosen, accounts, clearSelection)}
              >
                Block selected ({chosen.length})
              </Button>
            </WriteGuard>
            <Button size="compact-sm" variant="subtle" onClick={clearSelection}>
              Clear selection
            </Button>
          </Group>
        )}
        {friends.isError && <FailureAlert {...describeFailure(friends.error)} />}
        {directions.isError && <FailureAlert {...describeFailure(directions.error)} />}
        {friends.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {user} has no friends.
          </Text>
        )}
        {rows.length > 0 && shown.length === 0 && (
          <Text size="sm" c="dimmed">
            No friend listed so far matches “{search}”.
          </Text>
        )}
        {shown.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Friends" striped verticalSpacing={4} data-testid="friends-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox
                      size="xs"
                      aria-label="Select all friends shown"
                      checked={allShownChosen}
                      indeterminate={
                        !allShownChosen && shown.some((row) => selected.has(row.account))
                      }
                      onChange={() =>
                        setSelected(
                          allShownChosen ? new Set() : new Set(shown.map((row) => row.account)),
                        )
                      }
                    />
                  </Table.Th>
                  <Table.Th>To_Account</Table.Th>
                  <Table.Th>Direction</Table.Th>
                  <Table.Th>Remark</Table.Th>
                  <Table.Th>Groups</Table.Th>
                  <Table.Th>AddSource</Table.Th>
                  <Table.Th>Added (UTC)</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((friend) => (
                  <Table.Tr key={friend.account} data-account={friend.account}>
                    <Table.Td>
                      <Checkbox
                        size="xs"
                        aria-label={`Select ${friend.account}`}
                        checked={selected.has(friend.account)}
                        onChange={() => toggle(friend.account)}
                      />
                    </Table.Td>
                    <Table.Td ff="monospace">{friend.account}</Table.Td>
                    <Table.Td>
                      <FriendDirection
                        user={user}
                        friend={friend.account}
                        relation={directions.data?.get(friend.account)}
                      />
                    </Table.Td>
                    <Table.Td>{friend.remark}</Table.Td>
                    <Table.Td>{friend.groups.join(', ')}</Table.Td>
                    <Table.Td fz="xs">{friend.addSource}</Table.Td>
                    <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
                      {formatTime(friend.addTime)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <WriteGuard readOnlyReason={readOnlyReason}>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            disabled={readOnly}
                            aria-label={`Delete friend ${friend.account}`}
                            data-testid="delete-friend"
                            onClick={() => writes.deleteFriends([friend.account])}
                          >
                            Delete
                          </Button>
                        </WriteGuard>
                        <WriteGuard readOnlyReason={readOnlyReason}>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            disabled={readOnly}
                            aria-label={`Block ${friend.account}`}
                            data-testid="block-friend"
                            onClick={() => writes.block([friend.account], accounts)}
                          >
                            Block
                          </Button>
                        </WriteGuard>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {friends.hasNextPage && (
          <Button
            variant="default"
            size="xs"
            loading={friends.isFetchingNextPage}
            onClick={() => void friends.fetchNextPage()}
          >
            Load more friends ({rows.length} of {total} shown)
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
