import i18next from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ItemFailure } from '@/api/item-failure';
import { useConfirmedWrite } from '@/api/use-confirmed-write';
import { endpoints } from '@/shared/contract/endpoints';
import type { DeleteType } from '@/shared/contract/friends';

import { useBlocklistChangeMutation } from './api/use-blocklist-change-mutation';
import { useFriendsDeleteMutation } from './api/use-friends-delete-mutation';

export interface WriteOutcome {
  /** Which write ended, for tests: `data-write` on the outcome. */
  write: 'delete' | 'block' | 'unblock';
  done: string;
  failures: ItemFailure[];
  /** Changes with every write, so the result heading takes focus each time. */
  id: number;
}

/** `a` · `a, b` · `a, b, c and 4 more`: names a few accounts, counts the rest. */
export function nameAccounts(accounts: readonly string[]): string {
  const shown = accounts.slice(0, 3).join(', ');
  return accounts.length > 3
    ? i18next.t('userRelations:writes.andMore', { shown, count: accounts.length - 3 })
    : shown;
}

/**
 * The writes of the Relations screen: delete, block, unblock; each confirmed as the target and
 * its size require, each ending in one outcome.
 */
export function useRelationWrites(user: string) {
  const { t } = useTranslation('userRelations');
  const [outcome, setOutcome] = useState<WriteOutcome>();
  const { confirm, pending } = useConfirmedWrite();
  const deleteFriends = useFriendsDeleteMutation();
  const block = useBlocklistChangeMutation('block');
  const unblock = useBlocklistChangeMutation('unblock');
  const [deleteType, setDeleteTypeState] = useState<DeleteType>('Delete_Type_Both');
  // The dialog's choice at the moment of confirming, not when the dialog opened.
  const deleteTypeRef = useRef(deleteType);
  const setDeleteType = (type: DeleteType) => {
    deleteTypeRef.current = type;
    setDeleteTypeState(type);
  };
  const finish =
    (write: WriteOutcome['write'], done: string, after?: () => void) =>
    (failures: ItemFailure[]) => {
      setOutcome({ write, done, failures, id: Date.now() });
      after?.();
    };

  return {
    outcome,
    pending,
    deleteType,
    setDeleteType,
    isPending: deleteFriends.isPending || block.isPending || unblock.isPending,
    error: deleteFriends.error ?? block.error ?? unblock.error,
    /** Clears the last outcome, e.g. when another user is shown. */
    reset: () => setOutcome(undefined),
    deleteFriends: (accounts: string[], onDone?: () => void) => {
      setDeleteType('Delete_Type_Both');
      confirm(
        {
          api: endpoints.friendDelete.service,
          accounts: accounts.length,
          title: t('writes.deleteTitle', { accounts: nameAccounts(accounts), user }),
          confirmLabel: t('writes.delete'),
          destructive: true,
        },
        () => {
          const type = deleteTypeRef.current;
          deleteFriends.mutate(
            { user, accounts, deleteType: type },
            {
              onSuccess: finish(
                'delete',
                t('writes.deleted', { accounts: nameAccounts(accounts), type }),
                onDone,
              ),
            },
          );
        },
      );
    },
    /** `friends` are the accounts now in the user's list: blocking them ends the friendship. */
    block: (accounts: string[], friends: readonly string[], onDone?: () => void) => {
      const endsFriendship = accounts.filter((account) => friends.includes(account));
      confirm(
        {
          api: endpoints.blackListAdd.service,
          accounts: accounts.length,
          title: t('writes.blockTitle', { accounts: nameAccounts(accounts) }),
          consequence:
            endsFriendship.length > 0
              ? t('writes.blockConsequence', { accounts: nameAccounts(endsFriendship) })
              : undefined,
          confirmLabel: t('writes.block'),
          destructive: endsFriendship.length > 0,
        },
        () =>
          block.mutate(
            { user, accounts },
            {
              onSuccess: finish(
                'block',
                t('writes.blocked', { accounts: nameAccounts(accounts) }),
                onDone,
              ),
            },
          ),
      );
    },
    unblock: (accounts: string[]) =>
      confirm(
        {
          api: endpoints.blackListDelete.service,
          accounts: accounts.length,
          title: t('writes.unblockTitle', { accounts: nameAccounts(accounts) }),
          confirmLabel: t('writes.unblock'),
        },
        () =>
          unblock.mutate(
            { user, accounts },
            {
              onSuccess: finish(
                'unblock',
                t('writes.unblocked', { accounts: nameAccounts(accounts) }),
              ),
            },
          ),
      ),
  };
}

export type RelationWrites = ReturnType<typeof useRelationWrites>;
