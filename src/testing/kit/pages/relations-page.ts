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

  /**
   * Blocks accounts through the form, confirming when the console asks (a friend among them,
   * more than 100 accounts, or a real Tencent app), and waits for the outcome.
   */
  async block(accounts: string[]): Promise<void> {
    await this.page.getByLabel('Block accounts').fill(accounts.join(', '));
    await this.page.getByRole('button', { name: 'Block', exact: true }).click();
    await this.confirmIfAsked(/^Block /, /^Block( in SDKAppID \d+)?$/, /^Blocked /);
  }

  /** Blocks one friend from their row; the console always asks, as this ends the friendship. */
  async blockFriend(account: string): Promise<void> {
    await this.page.getByRole('button', { name: `Block ${account}`, exact: true }).click();
    await this.confirmIfAsked(/^Block /, /^Block( in SDKAppID \d+)?$/, /^Blocked /);
  }

  async unblock(account: string): Promise<void> {
    await this.page.getByRole('button', { name: `Unblock ${account}` }).click();
    await this.confirmIfAsked(/^Unblock /, /^Unblock( in SDKAppID \d+)?$/, /^Unblocked /);
  }

  /** The outcome of the last write, in the screen's live region. */
  get outcome(): Locator {
    return this.page.getByRole('status', { name: 'Relations outcome' });
  }

  private async confirmIfAsked(title: RegExp, confirm: RegExp, done: RegExp): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title });
    await dialog
      .or(this.outcome.getByRole('heading', { name: done }))
      .first()
      .waitFor();
    if (await dialog.isVisible()) {
      await dialog.getByRole('button', { name: confirm }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }
}
