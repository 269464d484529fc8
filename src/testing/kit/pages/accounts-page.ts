import type { Locator, Page } from '@playwright/test';

export class AccountsPage {
  readonly page: Page;
  readonly accounts: Locator;
  readonly check: Locator;
  readonly table: Locator;
  readonly importMissing: Locator;

  constructor(page: Page) {
    this.page = page;
    // Test ids and Tencent's names, so the page works in every language of the console.
    this.accounts = page.getByTestId('accounts-input');
    this.check = page.getByTestId('accounts-check');
    this.table = page.getByTestId('accounts-table');
    this.importMissing = page.getByTestId('accounts-import-missing');
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
    return this.table.locator(`tr[data-account="${account}"]`);
  }

  /** The row's AllowType or AdminForbidType select; its value is the setting in words. */
  setting(account: string, field: 'AllowType' | 'AdminForbidType'): Locator {
    return this.row(account).locator(`input[data-field="${field}"]`);
  }

  /**
   * Picks an option of the row's AllowType or AdminForbidType select by its visible words or by
   * Tencent's value (`AllowType_Type_DenyAny`), which every option shows in every language.
   */
  async choose(account: string, field: 'AllowType' | 'AdminForbidType', option: string) {
    await this.setting(account, field).click();
    await this.page.getByRole('option', { name: option }).click();
  }
}
