import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { useWriteAccess } from '@/api/session-query';
import { parseAccountList } from '@/shared/lib/account-list';
import { ConfirmWriteDialog } from '@/shared/ui/confirm-write-dialog';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { ScreenHeader } from '@/shared/ui/screen-header';

import { accountQueries } from '../api/account-queries';
import { useAccountWrites } from '../use-account-writes';
import { AccountPicker } from './account-picker';
import { AccountsResults } from './accounts-results';

/** Accounts (`/accounts?accounts=a,b`): check who exists, import the missing, set profiles. */
export function AccountsScreen() {
  const { t } = useTranslation(['accounts', 'common']);
  const [searchParams, setSearchParams] = useSearchParams();
  const checked = parseAccountList(searchParams.get('accounts') ?? '');
  const query = useQuery(accountQueries.check(checked));
  const writes = useAccountWrites();
  const { readOnlyReason } = useWriteAccess();
  // Each press of Check starts with nothing selected, even for the same accounts.
  const [checks, setChecks] = useState(0);

  return (
    <Stack gap="lg" maw={1200}>
      <ScreenHeader title={t('common:screens.accounts')} intro={t('intro')} />
      <AccountPicker
        accounts={checked}
        checking={query.isFetching}
        onCheck={(accounts) => {
          setChecks((count) => count + 1);
          setSearchParams({ accounts: accounts.join(',') });
        }}
      />
      {query.isError && <FailureAlert {...describeFailure(query.error)} />}
      {writes.error && <FailureAlert {...describeFailure(writes.error)} />}
      {query.data && (
        <AccountsResults
          key={checks}
          rows={query.data}
          checkedAt={query.dataUpdatedAt}
          writes={writes}
          readOnlyReason={readOnlyReason}
        />
      )}
      <ConfirmWriteDialog pending={writes.pending} />
    </Stack>
  );
}
