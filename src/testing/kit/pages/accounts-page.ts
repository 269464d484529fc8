import type { Locator, Page } from '@playwright/test';

import { cssString, fieldNamed, pickOption } from './handles.ts';

/** The Accounts screen, located by Tencent field names, test ids and data attributes. */
export class AccountsPage {
  readonly page: Page;
  readonly accounts: Locator;
  readonly check: Locator;
  readonly table: Locator;
  readonly importMissing: Locator;

  constructor(page: Page) {
    this.page = page;
    this.accounts = fieldNamed(page, 'UserID');
    this.check = page.getByTestId('check-accounts');
    this.table = page.getByTestId('accounts-table');
    this.importMissing = page.getByTestId('import-missing');
  }

  async goto(accounts: string[] = []): Promise<void> {
    await this.page.goto(
      accounts.length > 0
        ? `/accounts?accounts=${accounts.map(encodeURIComponent).join(',')}`
        : '/accounts',
    );
  }

  async checkAccounts(accounts: string[]): Promise<void> {
    await this.accounts.fill(accounts.join('\n'));
    await this.check.click();
  }

  row(account: string): Locator {
    return this.table.locator(`tr[data-account=${cssString(account)}]`);
  }

  /** The row's AllowType or AdminForbidType select; its value is the setting in words. */
  setting(account: string, field: 'AllowType' | 'AdminForbidType'): Locator {
    return this.row(account).getByRole('combobox', { name: new RegExp(`\\b${field}\\b`) });
  }

  /**
   * Picks an option of the row's AllowType or AdminForbidType select. Each option shows Tencent's
   * wire value under its words, so `AllowType_Type_AllowAny` picks it in any language.
   */
  async choose(account: string, field: 'AllowType' | 'AdminForbidType', option: string) {
    await pickOption(this.page, this.setting(account, field), option);
  }
}
