import type { Locator, Page } from '@playwright/test';

export class RelationsPage {
  readonly page: Page;
  readonly user: Locator;
  readonly show: Locator;
  readonly friends: Locator;
  readonly blocklist: Locator;

  constructor(page: Page) {
    this.page = page;
    this.user = page.getByLabel('User · From_Account');
    this.show = page.getByRole('button', { name: 'Show relations' });
    this.friends = page.getByRole('table', { name: 'Friends' });
    this.blocklist = page.getByRole('table', { name: 'Blocklist' });
  }

  async goto(user?: string): Promise<void> {
    await this.page.goto(user ? `/relations?user=${encodeURIComponent(user)}` : '/relations');
  }

  friend(account: string): Locator {
    return this.friends.locator(`tr[data-account="${account}"]`);
  }

  /** Deletes a friendship through the confirmation dialog. */
  async deleteFriend(account: string, type: 'both' | 'single' = 'both'): Promise<void> {
    await this.page.getByRole('button', { name: `Delete friend ${account}` }).click();
    const dialog = this.page.getByRole('dialog');
    if (type === 'single') await dialog.getByText(/^Only from /).click();
    await dialog.getByRole('button', { name: 'Delete friendship' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async block(accounts: string[]): Promise<void> {
    await this.page.getByLabel('Block accounts').fill(accounts.join(', '));
    await this.page.getByRole('button', { name: 'Block', exact: true }).click();
  }

  async unblock(account: string): Promise<void> {
    await this.page.getByRole('button', { name: `Unblock ${account}` }).click();
  }
}
