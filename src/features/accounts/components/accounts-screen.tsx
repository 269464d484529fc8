import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { AccountId } from '@/shared/contract/common';
import { ADMIN_FORBID_TYPES, ALLOW_TYPES, PROFILE_TAGS } from '@/shared/contract/profile';
import { parseAccountList } from '@/shared/lib/account-list';
import { summarizeProblems } from '@/shared/lib/problem-summary';
import { FailureAlert } from '@/shared/ui/failure-alert';

import {
  type AccountRow,
  accountsQuery,
  useImportAccountsMutation,
  useSetProfileMutation,
} from '../api/account-queries';

const ALLOW_TYPE_WORDS = {
  AllowType_Type_AllowAny: 'Accepts anyone',
  AllowType_Type_NeedConfirm: 'Needs approval',
  AllowType_Type_DenyAny: 'Rejects all requests',
} as const;
const FORBID_WORDS = {
  AdminForbid_Type_None: 'May send requests',
  AdminForbid_Type_SendOut: 'Forbidden to send requests',
} as const;

/** Every account must be a valid UserID before anything is called; the message names the row. */
function invalidAccounts(accounts: string[]): string | undefined {
  const problems = accounts.flatMap((account, index) => {
    const parsed = AccountId.safeParse(account);
    return parsed.success ? [] : [`Row ${index + 1}: ${parsed.error.issues[0]?.message}`];
  });
  return summarizeProblems(problems);
}

export function AccountsScreen() {
  const [searchParams, setSearchParams] = useSearchParams();
  const checked = parseAccountList(searchParams.get('accounts') ?? '');
  const [text, setText] = useState(checked.join('\n'));
  const [inputError, setInputError] = useState<string>();
  const query = useQuery(accountsQuery(checked));
  const importing = useImportAccountsMutation();
  const setProfile = useSetProfileMutation();
  const missing = (query.data ?? []).filter((row) => !row.exists).map((row) => row.userId);

  const check = () => {
    const accounts = [...new Set(parseAccountList(text))];
    const problem =
      accounts.length === 0 ? 'Accounts: enter at least one UserID' : invalidAccounts(accounts);
    setInputError(problem);
    if (!problem) setSearchParams({ accounts: accounts.join(',') });
  };

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Accounts</Title>
        <Text c="dimmed" size="sm">
          Does a user exist, and do they accept friend requests? Reads account_check and
          portrait_get; imports with multiaccount_import and sets AllowType and AdminForbidType with
          portrait_set.
        </Text>
      </div>
      <Paper withBorder p="lg">
        <Group align="flex-end" gap="md">
          <Textarea
            label="Accounts · UserID"
            description="One UserID per line, or separated by commas."
            placeholder={'alice\nbob'}
            autosize
            minRows={3}
            maxRows={8}
            w={420}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={inputError}
          />
          <Button onClick={check} loading={query.isFetching}>
            Check accounts
          </Button>
        </Group>
      </Paper>
      {query.isError && <FailureAlert {...describeFailure(query.error)} />}
      {importing.isError && <FailureAlert {...describeFailure(importing.error)} />}
      {setProfile.isError && <FailureAlert {...describeFailure(setProfile.error)} />}
      {importing.data && importing.data.length > 0 && (
        <Alert color="orange" variant="light" title="Some accounts were not imported" role="alert">
          {importing.data.join(', ')}
        </Alert>
      )}
      {query.data && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3} size="h5">
                {query.data.length} account{query.data.length === 1 ? '' : 's'}:{' '}
                {query.data.length - missing.length} exist, {missing.length} missing
              </Title>
              <Button
                size="xs"
                disabled={missing.length === 0}
                loading={importing.isPending}
                onClick={() => importing.mutate(missing)}
              >
                Import missing ({missing.length})
              </Button>
            </Group>
            <Table aria-label="Accounts" verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>UserID</Table.Th>
                  <Table.Th w={110}>Status</Table.Th>
                  <Table.Th>Nick</Table.Th>
                  <Table.Th w={230}>AllowType</Table.Th>
                  <Table.Th w={250}>AdminForbidType</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.map((row) => (
                  <AccountTableRow
                    key={row.userId}
                    row={row}
                    busy={setProfile.isPending}
                    onSet={(tag, value) => setProfile.mutate({ userId: row.userId, tag, value })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function AccountTableRow({
  row,
  busy,
  onSet,
}: {
  row: AccountRow;
  busy: boolean;
  onSet: (tag: string, value: string) => void;
}) {
  return (
    <Table.Tr data-account={row.userId}>
      <Table.Td ff="monospace">{row.userId}</Table.Td>
      <Table.Td>
        <Badge color={row.exists ? 'green' : 'red'} variant="light" tt="none">
          {row.exists ? 'Exists' : 'Missing'}
        </Badge>
      </Table.Td>
      <Table.Td>{row.nick}</Table.Td>
      <Table.Td>
        {row.exists && (
          <Select
            size="xs"
            aria-label={`AllowType of ${row.userId}`}
            data={ALLOW_TYPES.map((value) => ({ value, label: ALLOW_TYPE_WORDS[value] }))}
            value={row.allowType ?? null}
            allowDeselect={false}
            disabled={busy}
            onChange={(value) => value && onSet(PROFILE_TAGS.allowType, value)}
          />
        )}
      </Table.Td>
      <Table.Td>
        {row.exists && (
          <Select
            size="xs"
            aria-label={`AdminForbidType of ${row.userId}`}
            data={ADMIN_FORBID_TYPES.map((value) => ({ value, label: FORBID_WORDS[value] }))}
            value={row.adminForbidType ?? 'AdminForbid_Type_None'}
            allowDeselect={false}
            disabled={busy}
            onChange={(value) => value && onSet(PROFILE_TAGS.adminForbidType, value)}
          />
        )}
      </Table.Td>
      <Table.Td>
        {row.exists && (
          <Anchor
            component={Link}
            to={`/relations?user=${encodeURIComponent(row.userId)}`}
            size="sm"
          >
            Relations
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
