import { useTranslation } from 'react-i18next';

import { useConfirmedWrite } from '@/api/use-confirmed-write';
import { endpoints } from '@/shared/contract/endpoints';
import { notifyWriteDone } from '@/shared/ui/notify';

import { useAccountsDeleteMutation } from './api/use-accounts-delete-mutation';
import { useAccountsImportMutation } from './api/use-accounts-import-mutation';
import { useProfileSetMutation } from './api/use-profile-set-mutation';

/**
 * The writes of the Accounts screen: import, set a profile field, delete. Each is confirmed as
 * the target and its size require, and ends in a toast.
 */
export function useAccountWrites() {
  const { t } = useTranslation('accounts');
  const { confirm, pending } = useConfirmedWrite();
  const importing = useAccountsImportMutation();
  const setProfile = useProfileSetMutation();
  const deleting = useAccountsDeleteMutation();
  return {
    pending,
    isSettingProfile: setProfile.isPending,
    isImporting: importing.isPending,
    isDeleting: deleting.isPending,
    error: importing.error ?? setProfile.error ?? deleting.error,
    importAccounts: (accounts: string[]) =>
      confirm(
        {
          api: endpoints.multiaccountImport.service,
          accounts: accounts.length,
          title: t('writes.importTitle', { count: accounts.length }),
          confirmLabel: t('writes.import'),
        },
        () =>
          importing.mutate(accounts, {
            onSuccess: (refused) =>
              notifyWriteDone(
                t('writes.imported', { count: accounts.length - refused.length }),
                refused.map((account) => t('writes.refused', { account })),
              ),
          }),
      ),
    /** `tag` is Tencent's profile tag; `label` names the field and value in the toast. */
    setProfile: (accounts: string[], tag: string, value: string, label: string) =>
      confirm(
        {
          api: endpoints.portraitSet.service,
          accounts: accounts.length,
          title: t('writes.setTitle', { label, count: accounts.length }),
          confirmLabel: t('writes.set'),
        },
        () =>
          setProfile.mutate(
            { accounts, tag, value },
            {
              onSuccess: (failures) =>
                notifyWriteDone(
                  t('writes.setDone', { label, count: accounts.length - failures.length }),
                  failures,
                ),
            },
          ),
      ),
    deleteAccounts: (accounts: string[], onDone?: () => void) =>
      confirm(
        {
          api: endpoints.accountDelete.service,
          accounts: accounts.length,
          title: t('writes.deleteTitle', { count: accounts.length }),
          consequence: t('writes.deleteConsequence'),
          confirmLabel: t('writes.delete'),
          destructive: true,
        },
        () =>
          deleting.mutate(accounts, {
            onSuccess: (failures) => {
              notifyWriteDone(
                t('writes.deleted', { count: accounts.length - failures.length }),
                failures,
              );
              onDone?.();
            },
          }),
      ),
  };
}

export type AccountWrites = ReturnType<typeof useAccountWrites>;
