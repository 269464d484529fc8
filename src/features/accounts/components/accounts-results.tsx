import { Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadCsv } from '@/shared/ui/download';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';
import { ResultHeading } from '@/shared/ui/live-region';
import { WriteButton } from '@/shared/ui/write-guard';

import type { AccountRow } from '../api/account-queries';
import { PROFILE_FIELDS, type ProfileField } from '../profile-options';
import type { AccountWrites } from '../use-account-writes';
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

/** The checked accounts: who exists, their profile settings, and what can be done with them. */
export function AccountsResults({
  rows,
  checkedAt,
  writes,
  readOnlyReason,
}: {
  rows: AccountRow[];
  /** When the check answered: the heading takes focus then. */
  checkedAt: number;
  writes: AccountWrites;
  readOnlyReason: string | undefined;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const existing = rows.filter((row) => row.exists).map((row) => row.userId);
  const missing = rows.filter((row) => !row.exists).map((row) => row.userId);
  const chosen = existing.filter((userId) => selected.has(userId));
  const setField = (accounts: string[], field: ProfileField, value: string) =>
    writes.setProfile(accounts, PROFILE_FIELDS[field].tag, value, t('fieldTo', { field, value }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="accounts-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <ResultHeading order={3} size="h5" id="accounts-title" focusKey={checkedAt}>
            {t('summary', { count: rows.length, exist: existing.length, missing: missing.length })}
          </ResultHeading>
          <Group gap="xs">
            <ExportCsvButton of={t('csvOf')} rows={rows.length} onExport={() => exportCsv(rows)} />
            <WriteButton
              readOnlyReason={readOnlyReason}
              size="xs"
              disabled={missing.length === 0}
              loading={writes.isImporting}
              onClick={() => writes.importAccounts(missing)}
              data-testid="import-missing"
            >
              {t('importMissing', { count: missing.length })}
            </WriteButton>
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
              chosen.length === existing.length && before.size > 0 ? new Set() : new Set(existing),
            )
          }
          onSet={(userId, field, value) => setField([userId], field, value)}
        />
      </Stack>
    </Paper>
  );
}
