import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { useWriteAccess } from '@/api/session-query';
import { parseAccountList } from '@/shared/lib/account-list';
import { ConfirmWriteDialog } from '@/shared/ui/confirm-write-dialog';
import { downloadCsv } from '@/shared/ui/download';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { ResultHeading } from '@/shared/ui/live-region';
import { WriteGuard } from '@/shared/ui/write-guard';

import { type AccountRow, accountQueries } from '../api/account-queries';
import { PROFILE_FIELDS, type ProfileField } from '../profile-options';
import { useAccountWrites } from '../use-account-writes';
import { AccountPicker } from './account-picker';
import { AccountsTable } from './accounts-table';
import { SelectionBar } from './selection-bar';

const exportCsv = (rows: AccountRow[]) =>
  downloadCsv(
    'accounts',
    [
      'UserID',
      'AccountStatus',
      'Tag_Profile_IM_Nick',
      'Tag_Profile_IM_AllowType',
      'Tag_Profile_IM_AdminForbidType',
    ],
    rows.map((row) => [
      row.userId,
      row.exists ? 'Imported' : 'NotImported',
      row.nick,
      row.allowType,
      row.adminForbidType,
    ]),
  );

export function AccountsScreen() {
  const [searchParams, setSearchParams] = useSearchParams();
  const checked = parseAccountList(searchParams.get('accounts') ?? '');
  const query = useQuery(accountQueries.check(checked));
  const writes = useAccountWrites();
  const { readOnlyReason } = useWriteAccess();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = query.data ?? [];
  const missing = rows.filter((row) => !row.exists).map((row) => row.userId);
  const chosen = rows
    .filter((row) => row.exists && selected.has(row.userId))
    .map((row) => row.userId);
  const summary = `${rows.length} account${rows.length === 1 ? '' : 's'}: ${rows.length - missing.length} exist, ${missing.length} missing`;
  const setField = (accounts: string[], field: ProfileField, value: string) =>
    writes.setProfile(accounts, PROFILE_FIELDS[field].tag, value, `${field} to ${value}`);

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Accounts</Title>
        <Text c="dimmed" size="sm">
          Does a user exist, and do they accept friend requests? Reads account_check and
          portrait_get; imports with multiaccount_import, sets AllowType and AdminForbidType with
          portrait_set, deletes with account_delete.
        </Text>
      </div>
      <AccountPicker
        accounts={checked}
        checking={query.isFetching}
        onCheck={(accounts) => {
          setSelected(new Set());
          setSearchParams({ accounts: accounts.join(',') });
        }}
      />
      {query.isError && <FailureAlert {...describeFailure(query.error)} />}
      {writes.error && <FailureAlert {...describeFailure(writes.error)} />}
      {query.data && (
        <Paper withBorder p="md" component="section" aria-labelledby="accounts-title">
          <Stack gap="sm">
            <Group justify="space-between">
              <ResultHeading order={3} size="h5" id="accounts-title" focusKey={query.dataUpdatedAt}>
                {summary}
              </ResultHeading>
              <Group gap="xs">
                <ExportCsvButton
                  of="the accounts"
                  rows={rows.length}
                  onExport={() => exportCsv(rows)}
                />
                <WriteGuard readOnlyReason={readOnlyReason}>
                  <Button
                    size="xs"
                    disabled={missing.length === 0 || !!readOnlyReason}
                    loading={writes.isImporting}
                    onClick={() => writes.importAccounts(missing)}
                    data-testid="import-missing"
                  >
                    Import missing ({missing.length})
                  </Button>
                </WriteGuard>
              </Group>
            </Group>
            {chosen.length > 0 && (
              <SelectionBar
                count={chosen.length}
                busy={writes.isSettingProfile || writes.isDeleting}
                readOnlyReason={readOnlyReason}
                onSet={(field, value) => setField(chosen, field, value)}
                onDelete={() => writes.deleteAccounts(chosen, () => setSelected(new Set()))}
                onClear={() => setSelected(new Set())}
              />
            )}
            <AccountsTable
              rows={rows}
              selected={selected}
              disabled={writes.isSettingProfile || !!readOnlyReason}
              onToggle={(userId) =>
                setSelected((before) => {
                  const after = new Set(before);
                  if (!after.delete(userId)) after.add(userId);
                  return after;
                })
              }
              onToggleAll={() =>
                setSelected((before) =>
                  chosen.length === rows.filter((row) => row.exists).length && before.size > 0
                    ? new Set()
                    : new Set(rows.filter((row) => row.exists).map((row) => row.userId)),
                )
              }
              onSet={(userId, field, value) => setField([userId], field, value)}
            />
          </Stack>
        </Paper>
      )}
      <ConfirmWriteDialog pending={writes.pending} />
    </Stack>
  );
}
