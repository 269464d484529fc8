import { Box, SegmentedControl, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { readUserRelationsLink } from '@/shared/lib/links';

import { describeFailure } from '@/api/describe-failure';
import { useWriteAccess } from '@/api/session-query';
import { endpoints } from '@/shared/contract/endpoints';
import type { DeleteType } from '@/shared/contract/friends';
import { ConfirmWriteDialog } from '@/shared/ui/confirm-write-dialog';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { LiveRegion } from '@/shared/ui/live-region';
import { ScreenHeader } from '@/shared/ui/screen-header';

import { userRelationQueries } from '../api/user-relation-queries';
import { type RelationWrites, useRelationWrites } from '../use-relation-writes';
import { BlocklistPanel } from './blocklist-panel';
import { FriendsPanel } from './friends-panel';
import { UserPicker } from './user-picker';
import { WriteOutcomeAlert } from './write-outcome';

export function UserRelationsScreen() {
  const { t } = useTranslation(['userRelations', 'common']);
  const [searchParams, setSearchParams] = useSearchParams();
  const { user } = readUserRelationsLink(searchParams);
  const writes = useRelationWrites(user);
  const { readOnlyReason } = useWriteAccess();
  const friends = useInfiniteQuery(userRelationQueries.friends(user));
  const friendAccounts =
    friends.data?.pages.flatMap((page) => page.friends.map((friend) => friend.account)) ?? [];

  return (
    <Stack gap="lg" maw={1200}>
      <ScreenHeader title={t('common:screens.relations')} intro={t('intro')} />
      {/* The live region stays mounted; gap 0 keeps it from adding space while empty. */}
      <Stack gap={0}>
        <UserPicker
          user={user}
          onShow={(chosen) => {
            writes.reset();
            setSearchParams({ user: chosen });
          }}
        />
        <LiveRegion label={t('outcomeRegion')} testId="relations-outcome">
          {writes.outcome && (
            <Box mt="lg">
              <WriteOutcomeAlert outcome={writes.outcome} />
            </Box>
          )}
        </LiveRegion>
      </Stack>
      {writes.error && <FailureAlert {...describeFailure(writes.error)} />}
      {user && (
        <>
          <FriendsPanel user={user} writes={writes} readOnlyReason={readOnlyReason} />
          <BlocklistPanel
            user={user}
            friends={friendAccounts}
            writes={writes}
            readOnlyReason={readOnlyReason}
          />
        </>
      )}
      <ConfirmWriteDialog pending={writes.pending}>
        {writes.pending?.api === endpoints.friendDelete.service && (
          <DeleteTypeChoice user={user} writes={writes} />
        )}
      </ConfirmWriteDialog>
    </Stack>
  );
}

/** friend_delete's DeleteType inside the confirmation: both lists, or only the user's. */
function DeleteTypeChoice({ user, writes }: { user: string; writes: RelationWrites }) {
  const { t } = useTranslation('userRelations');
  return (
    <>
      <SegmentedControl
        aria-label={t('deleteType.label')}
        data-testid="delete-type"
        value={writes.deleteType}
        onChange={(value) => writes.setDeleteType(value as DeleteType)}
        data={[
          { value: 'Delete_Type_Both', label: t('deleteType.both') },
          { value: 'Delete_Type_Single', label: t('deleteType.single', { user }) },
        ]}
      />
      <Text size="sm" c="dimmed">
        {writes.deleteType === 'Delete_Type_Both'
          ? t('deleteType.bothHelp', { user })
          : t('deleteType.singleHelp', { user })}
      </Text>
    </>
  );
}
