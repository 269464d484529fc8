import { useConfirmedWrite } from '@/api/use-confirmed-write';
import { endpoints } from '@/shared/contract/endpoints';
import { notifyWriteDone } from '@/shared/ui/notify';

import { useAccountsDeleteMutation } from './api/use-accounts-delete-mutation';
import { useAccountsImportMutation } from './api/use-accounts-import-mutation';
import { useProfileSetMutation } from './api/use-profile-set-mutation';

const plural = (count: number) => `${count} account${count === 1 ? '' : 's'}`;

/**
 * The writes of the Accounts screen: import, set a profile field, delete. Each is confirmed as
 * the target and its size require, and ends in a toast.
 */
export function useAccountWrites() {
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
          title: `Import ${plural(accounts.length)}?`,
          confirmLabel: 'Import',
        },
        () =>
          importing.mutate(accounts, {
            onSuccess: (refused) =>
              notifyWriteDone(
                `Imported ${plural(accounts.length - refused.length)}`,
                refused.map((account) => `${account}: refused by multiaccount_import`),
              ),
          }),
      ),
    /** `tag` is Tencent's profile tag; `label` names the field and value in the toast. */
    setProfile: (accounts: string[], tag: string, value: string, label: string) =>
      confirm(
        {
          api: endpoints.portraitSet.service,
          accounts: accounts.length,
          title: `Set ${label} for ${plural(accounts.length)}?`,
          confirmLabel: 'Set',
        },
        () =>
          setProfile.mutate(
            { accounts, tag, value },
            {
              onSuccess: (failures) =>
                notifyWriteDone(
                  `Set ${label} for ${plural(accounts.length - failures.length)}`,
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
          title: `Delete ${plural(accounts.length)}?`,
          consequence:
            'account_delete removes each account and every friendship, block and group entry that names it. Importing the account again does not restore them.',
          confirmLabel: 'Delete accounts',
          destructive: true,
        },
        () =>
          deleting.mutate(accounts, {
            onSuccess: (failures) => {
              notifyWriteDone(`Deleted ${plural(accounts.length - failures.length)}`, failures);
              onDone?.();
            },
          }),
      ),
  };
}

export type AccountWrites = ReturnType<typeof useAccountWrites>;
