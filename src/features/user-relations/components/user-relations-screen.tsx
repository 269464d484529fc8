import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { accountId } from '@/shared/contract/common';
import type { DeleteType } from '@/shared/contract/friends';
import { parseAccountList } from '@/shared/lib/account-list';
import { FailureAlert } from '@/shared/ui/failure-alert';

import {
  blocklistQuery,
  friendsQuery,
  useBlocklistMutation,
  useDeleteFriendsMutation,
} from '../api/relation-lists';

const FromAccount = accountId('From_Account');

function formatTime(seconds: number | undefined): string {
  return seconds ? new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ') : '';
}

/** The write that ended last, in words: every account succeeded, or which did not and why. */
function WriteOutcome({ done, failures }: { done: string; failures: string[] }) {
  return (
    <Alert
      color={failures.length > 0 ? 'orange' : 'teal'}
      variant="light"
      role="status"
      title={failures.length > 0 ? `${done}, except:` : done}
    >
      {failures.map((failure) => (
        <Text key={failure} size="xs" ff="monospace">
          {failure}
        </Text>
      ))}
    </Alert>
  );
}

export function UserRelationsScreen() {
  const [searchParams, setSearchParams] = useSearchParams();
  const user = searchParams.get('user') ?? '';
  const [typed, setTyped] = useState(user);
  const [userError, setUserError] = useState<string>();
  const [outcome, setOutcome] = useState<{ done: string; failures: string[] }>();
  const friends = useInfiniteQuery(friendsQuery(user));
  const blocklist = useInfiniteQuery(blocklistQuery(user));
  const [deleting, setDeleting] = useState<string>();
  const [deleteType, setDeleteType] = useState<DeleteType>('Delete_Type_Both');
  const [toBlock, setToBlock] = useState('');
  const deleteFriends = useDeleteFriendsMutation();
  const block = useBlocklistMutation('block');
  const unblock = useBlocklistMutation('unblock');
  const friendRows = friends.data?.pages.flatMap((page) => page.friends) ?? [];
  const total = friends.data?.pages[0]?.total ?? 0;
  const blockRows = blocklist.data?.pages.flatMap((page) => page.blocked) ?? [];
  const writeError = deleteFriends.error ?? block.error ?? unblock.error;

  const show = () => {
    const parsed = FromAccount.safeParse(typed.trim());
    setUserError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) {
      setOutcome(undefined);
      setSearchParams({ user: parsed.data });
    }
  };
  const report = (done: string) => (failures: string[]) => setOutcome({ done, failures });

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Relations of a user</Title>
        <Text c="dimmed" size="sm">
          Who is in a user’s friend list (friend_get) and blocklist (black_list_get); delete
          friendships, block and unblock, so a setup can be inspected and undone.
        </Text>
      </div>
      <Paper withBorder p="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            show();
          }}
        >
          <Group align="flex-start" gap="md">
            <TextInput
              label="User · From_Account"
              placeholder="alice"
              w={320}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              error={userError}
            />
            <Button type="submit" mt={25}>
              Show relations
            </Button>
          </Group>
        </form>
      </Paper>
      {outcome && <WriteOutcome {...outcome} />}
      {writeError && <FailureAlert {...describeFailure(writeError)} />}
      {user && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3} size="h5">
                  Friends of {user} ({total})
                </Title>
                {friends.isError && <FailureAlert {...describeFailure(friends.error)} />}
                {friends.isSuccess && friendRows.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {user} has no friends.
                  </Text>
                )}
                {friendRows.length > 0 && (
                  <Table aria-label="Friends" striped verticalSpacing={4}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>To_Account</Table.Th>
                        <Table.Th>Remark</Table.Th>
                        <Table.Th>Groups</Table.Th>
                        <Table.Th>AddSource</Table.Th>
                        <Table.Th>Added (UTC)</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {friendRows.map((friend) => (
                        <Table.Tr key={friend.account} data-account={friend.account}>
                          <Table.Td ff="monospace">{friend.account}</Table.Td>
                          <Table.Td>{friend.remark}</Table.Td>
                          <Table.Td>{friend.groups.join(', ')}</Table.Td>
                          <Table.Td fz="xs">{friend.addSource}</Table.Td>
                          <Table.Td fz="xs">{formatTime(friend.addTime)}</Table.Td>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                color="red"
                                aria-label={`Delete friend ${friend.account}`}
                                onClick={() => setDeleting(friend.account)}
                              >
                                Delete
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                color="gray"
                                aria-label={`Block ${friend.account}`}
                                onClick={() =>
                                  block.mutate(
                                    { user, accounts: [friend.account] },
                                    { onSuccess: report(`Blocked ${friend.account}`) },
                                  )
                                }
                              >
                                Block
                              </Button>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {friends.hasNextPage && (
                  <Button
                    variant="default"
                    size="xs"
                    loading={friends.isFetchingNextPage}
                    onClick={() => void friends.fetchNextPage()}
                  >
                    Load more friends ({friendRows.length} of {total} shown)
                  </Button>
                )}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3} size="h5">
                  Blocklist of {user} ({blockRows.length})
                </Title>
                {blocklist.isError && <FailureAlert {...describeFailure(blocklist.error)} />}
                {blocklist.isSuccess && blockRows.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {user} has blocked no one.
                  </Text>
                )}
                {blockRows.length > 0 && (
                  <Table aria-label="Blocklist" striped verticalSpacing={4}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>To_Account</Table.Th>
                        <Table.Th>Since (UTC)</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {blockRows.map((row) => (
                        <Table.Tr key={row.account} data-account={row.account}>
                          <Table.Td ff="monospace">{row.account}</Table.Td>
                          <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
                            {formatTime(row.since)}
                          </Table.Td>
                          <Table.Td>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              aria-label={`Unblock ${row.account}`}
                              onClick={() =>
                                unblock.mutate(
                                  { user, accounts: [row.account] },
                                  { onSuccess: report(`Unblocked ${row.account}`) },
                                )
                              }
                            >
                              Unblock
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {blocklist.hasNextPage && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => void blocklist.fetchNextPage()}
                  >
                    Load more
                  </Button>
                )}
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    const accounts = parseAccountList(toBlock);
                    if (accounts.length === 0) return;
                    block.mutate(
                      { user, accounts },
                      {
                        onSuccess: (failures) => {
                          setToBlock('');
                          report(`Blocked ${accounts.join(', ')}`)(failures);
                        },
                      },
                    );
                  }}
                >
                  <Group align="flex-end" gap="xs">
                    <TextInput
                      label="Block accounts"
                      placeholder="mallory, trent"
                      style={{ flex: 1 }}
                      value={toBlock}
                      onChange={(event) => setToBlock(event.currentTarget.value)}
                    />
                    <Button type="submit" variant="default" loading={block.isPending}>
                      Block
                    </Button>
                  </Group>
                </form>
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      )}
      <Modal
        opened={deleting !== undefined}
        onClose={() => setDeleting(undefined)}
        title={`Delete ${deleting} from ${user}’s friends?`}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Delete type · DeleteType"
            value={deleteType}
            onChange={(value) => setDeleteType(value as DeleteType)}
            data={[
              { value: 'Delete_Type_Both', label: 'Both ways' },
              { value: 'Delete_Type_Single', label: `Only from ${user}’s list` },
            ]}
          />
          <Text size="sm" c="dimmed">
            {deleteType === 'Delete_Type_Both'
              ? `${user} and ${deleting} each leave the other’s list.`
              : `${deleting} leaves ${user}’s list; ${user} stays in ${deleting}’s list, if there.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(undefined)}>
              Keep
            </Button>
            <Button
              color="red"
              loading={deleteFriends.isPending}
              onClick={() =>
                deleting &&
                deleteFriends.mutate(
                  { user, accounts: [deleting], deleteType },
                  {
                    onSuccess: (failures) => {
                      report(`Deleted ${deleting} (${deleteType})`)(failures);
                      setDeleting(undefined);
                    },
                  },
                )
              }
            >
              Delete friendship
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
