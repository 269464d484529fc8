import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { describeFailure } from '@/api/describe-failure';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { WriteButton } from '@/shared/ui/write-guard';

import { type FriendsList, useFriendsList } from '../use-friends-list';
import type { RelationWrites } from '../use-relation-writes';
import { FriendsTable } from './friends-table';

interface FriendsPanelProps {
  user: string;
  writes: RelationWrites;
  readOnlyReason: string | undefined;
}

/** The user's friend list (friend_get) with each friendship's direction (friend_check). */
export function FriendsPanel({ user, writes, readOnlyReason }: FriendsPanelProps) {
  const { t } = useTranslation(['userRelations', 'common']);
  const list = useFriendsList(user);
  const { friends, rows, shown, total, search } = list;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="friends-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={3} size="h5" id="friends-title">
            {t('friends.title', { user, count: total })}
          </Title>
          <Group gap="xs">
            <TextInput
              size="xs"
              w={220}
              aria-label={t('friends.search')}
              placeholder={t('friends.searchPlaceholder')}
              value={search}
              onChange={(event) => list.setSearch(event.currentTarget.value)}
            />
            <ExportCsvButton
              of={t('friends.csvOf')}
              rows={shown.length}
              onExport={list.exportCsv}
            />
          </Group>
        </Group>
        <SelectionBar list={list} writes={writes} readOnlyReason={readOnlyReason} />
        {friends.isError && <FailureAlert {...describeFailure(friends.error)} />}
        {list.directions.isError && <FailureAlert {...describeFailure(list.directions.error)} />}
        {friends.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('friends.empty', { user })}
          </Text>
        )}
        {rows.length > 0 && shown.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('friends.noMatch', { search })}
          </Text>
        )}
        {shown.length > 0 && (
          <FriendsTable user={user} list={list} writes={writes} readOnlyReason={readOnlyReason} />
        )}
        {friends.hasNextPage && (
          <Button
            variant="default"
            size="xs"
            loading={friends.isFetchingNextPage}
            onClick={() => void friends.fetchNextPage()}
          >
            {t('friends.loadMore', { shown: rows.length, total })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

/** What can be done with the ticked friends at once. */
function SelectionBar({
  list,
  writes,
  readOnlyReason,
}: Omit<FriendsPanelProps, 'user'> & { list: FriendsList }) {
  const { t } = useTranslation(['userRelations', 'common']);
  const { chosen, clear } = list.selection;
  if (chosen.length === 0) return null;
  return (
    <Group gap="xs" aria-label={t('friends.selected')}>
      <Text size="sm">{t('friends.selectedCount', { count: chosen.length })}</Text>
      <WriteButton
        readOnlyReason={readOnlyReason}
        size="compact-sm"
        color="red"
        variant="light"
        onClick={() => writes.deleteFriends(chosen, clear)}
        data-testid="friends-delete-selected"
      >
        {t('friends.deleteSelected', { count: chosen.length })}
      </WriteButton>
      <WriteButton
        readOnlyReason={readOnlyReason}
        size="compact-sm"
        color="gray"
        variant="light"
        onClick={() => writes.block(chosen, list.accounts, clear)}
        data-testid="friends-block-selected"
      >
        {t('friends.blockSelected', { count: chosen.length })}
      </WriteButton>
      <Button size="compact-sm" variant="subtle" onClick={clear}>
        {t('friends.clearSelection')}
      </Button>
    </Group>
  );
}
