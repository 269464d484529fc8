import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { NextAction } from '@/shared/contract/error-codes';
import { accountsPath, addFriendsPath, userRelationsPath } from '@/shared/lib/links';

/** What a next step needs from the run: whose run it is, and how to start a new one. */
export interface ActionContext {
  from: string;
  /** The run sent ForceAddFlags 1 already, so forcing again changes nothing. */
  forced: boolean;
  busy: boolean;
  retry: (accounts: string[], force?: boolean) => void;
}

/**
 * A catalogue entry's next step as a button or a link, for one row or a whole group: `accounts`
 * are the rows it acts on; `callFailed` means the call failed for From_Account, not for them.
 */
export function NextActionButton({
  action,
  accounts,
  callFailed = false,
  context,
}: {
  action: NextAction | undefined;
  accounts: string[];
  callFailed?: boolean;
  context: ActionContext;
}) {
  const { t } = useTranslation('friendAdd');
  const suffix = accounts.length > 1 ? t('action.count', { accounts: accounts.length }) : '';
  // Never squeezed by the text beside it.
  const common = { size: 'compact-xs', variant: 'light', style: { flexShrink: 0 } } as const;
  switch (action) {
    case 'import_accounts': {
      const toImport = callFailed ? [context.from] : accounts;
      return (
        <Button {...common} component={Link} to={accountsPath(toImport)}>
          {callFailed
            ? t('action.importFrom', { from: context.from })
            : t('action.import', { suffix })}
        </Button>
      );
    }
    case 'retry_force':
      if (context.forced) return null;
      return (
        <Button
          {...common}
          color="orange"
          disabled={context.busy}
          onClick={() => context.retry(accounts, true)}
        >
          {t('action.retryForce', { suffix })}
        </Button>
      );
    case 'retry':
      return (
        <Button {...common} disabled={context.busy} onClick={() => context.retry(accounts)}>
          {t('action.retry', { suffix })}
        </Button>
      );
    case 'open_blocklist':
      return (
        <Button {...common} component={Link} to={userRelationsPath(context.from)}>
          {t('action.openBlocklist', { from: context.from })}
        </Button>
      );
    case 'add_missing_direction':
      // Each missing side has its own From_Account, so it is offered one row at a time.
      if (accounts.length !== 1 || !accounts[0]) return null;
      return (
        <Button
          {...common}
          component={Link}
          to={addFriendsPath({ from: accounts[0], to: [context.from], type: 'single' })}
        >
          {t('action.addMissing', { to: accounts[0], from: context.from })}
        </Button>
      );
    default:
      return null;
  }
}
