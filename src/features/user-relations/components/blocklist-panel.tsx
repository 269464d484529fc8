import {
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { describeFailure } from '@/api/describe-failure';
import { parseAccountList } from '@/shared/lib/account-list';
import { isoTime } from '@/shared/lib/csv';
import { downloadCsv } from '@/shared/ui/download';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { WriteGuard } from '@/shared/ui/write-guard';

import { userRelationQueries } from '../api/user-relation-queries';
import type { RelationWrites } from '../use-relation-writes';

/** The user's blocklist (black_list_get), with unblock, and a form to block more accounts. */
export function BlocklistPanel({
  user,
  friends,
  writes,
  readOnlyReason,
}: {
  user: string;
  /** The user's friends listed so far: blocking one of them ends the friendship. */
  friends: readonly string[];
  writes: RelationWrites;
  readOnlyReason: string | undefined;
}) {
  const blocklist = useInfiniteQuery(userRelationQueries.blocklist(user));
  const rows = blocklist.data?.pages.flatMap((page) => page.blocked) ?? [];
  const [toBlock, setToBlock] = useState('');
  const readOnly = readOnlyReason !== undefined;
  const exportCsv = () =>
    downloadCsv(
      `blocklist-${user}`,
      ['From_Account', 'To_Account', 'AddBlackTimeStamp'],
      rows.map((row) => [user, row.account, isoTime(row.since)]),
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="blocklist-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="blocklist-title">
            Blocklist of {user} ({rows.length})
          </Title>
          <ExportCsvButton of="the blocklist" rows={rows.length} onExport={exportCsv} />
        </Group>
        {blocklist.isError && <FailureAlert {...describeFailure(blocklist.error)} />}
        {blocklist.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {user} has blocked no one.
          </Text>
        )}
        {rows.length > 0 && (
          <Table aria-label="Blocklist" striped verticalSpacing={4} data-testid="blocklist-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>To_Account</Table.Th>
                <Table.Th>Since (UTC)</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.account} data-account={row.account}>
                  <Table.Td ff="monospace">{row.account}</Table.Td>
                  <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
                    {isoTime(row.since).slice(0, 16).replace('T', ' ')}
                  </Table.Td>
                  <Table.Td>
                    <WriteGuard readOnlyReason={readOnlyReason}>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        disabled={readOnly}
                        aria-label={`Unblock ${row.account}`}
                        data-testid="unblock"
                        onClick={() => writes.unblock([row.account])}
                      >
                        Unblock
                      </Button>
                    </WriteGuard>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {blocklist.hasNextPage && (
          <Button variant="default" size="xs" onClick={() => void blocklist.fetchNextPage()}>
            Load more
          </Button>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const accounts = parseAccountList(toBlock);
            if (accounts.length > 0) writes.block(accounts, friends, () => setToBlock(''));
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label="Block accounts"
              data-testid="block-accounts"
              placeholder="mallory, trent"
              style={{ flex: 1 }}
              maw={420}
              value={toBlock}
              disabled={readOnly}
              onChange={(event) => setToBlock(event.currentTarget.value)}
            />
            <WriteGuard readOnlyReason={readOnlyReason}>
              <Button
                type="submit"
                variant="default"
                disabled={readOnly}
                loading={writes.isPending}
                data-testid="block"
              >
                Block
              </Button>
            </WriteGuard>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}
