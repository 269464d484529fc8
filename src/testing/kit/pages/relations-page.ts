import type { Locator, Page } from '@playwright/test';

export class RelationsPage {
  readonly page: Page;
  readonly user: Locator;
  readonly show: Locator;
  readonly friends: Locator;
  readonly blocklist: Locator;

  constructor(page: Page) {
    this.page = page;
    // Test ids, data attributes and Tencent's names, so the page works in every language.
    this.user = page.getByTestId('relations-user');
    this.show = page.getByTestId('relations-show');
    this.friends = page.getByTestId('friends-table');
    this.blocklist = page.getByTestId('blocklist-table');
  }

  async goto(user?: string): Promise<void> {
    await this.page.goto(user ? `/relations?user=${encodeURIComponent(user)}` : '/relations');
  }

  friend(account: string): Locator {
    return this.friends.locator(`tr[data-account="${account}"]`);
  }

  /** Deletes a friendship through the confirmation dialog (DeleteType both ways or single). */
  async deleteFriend(account: string, type: 'both' | 'single' = 'both'): Promise<void> {
    await this.friend(account).locator('[data-action="delete"]').click();
    const dialog = this.confirmDialog;
    if (type === 'single') {
      await dialog
        .locator(
          'label:has(input[value="Delete_Type_Single"]), input[value="Delete_Type_Single"] + label',
        )
        .first()
        .click();
    }
    await dialog.getByTestId('confirm-write').click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /**
   * Blocks accounts through the form, confirming when the console asks (a friend among them,
   * more than 100 accounts, or a real Tencent app), and waits for the outcome.
   */
  async block(accounts: string[]): Promise<void> {
    await this.page.getByTestId('block-accounts').fill(accounts.join(', '));
    await this.page.getByTestId('block-submit').click();
    await this.confirmIfAsked('block');
  }

  /** Blocks one friend from their row; the console always asks, as this ends the friendship. */
  async blockFriend(account: string): Promise<void> {
    await this.friend(account).locator('[data-action="block"]').click();
    await this.confirmIfAsked('block');
  }

  async unblock(account: string): Promise<void> {
    await this.blocklist.locator(`tr[data-account="${account}"] [data-action="unblock"]`).click();
    await this.confirmIfAsked('unblock');
  }

  /** The outcome of the last write, in the screen's live region. */
  get outcome(): Locator {
    return this.page.getByRole('status').filter({ has: this.page.locator('[data-write]') });
  }

  private get confirmDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByTestId('confirm-write') });
  }

  private async confirmIfAsked(write: 'block' | 'unblock'): Promise<void> {
    const dialog = this.confirmDialog;
    await dialog
      .or(this.page.locator(`[data-write="${write}"]`))
      .first()
      .waitFor();
    if (await dialog.isVisible()) {
      await dialog.getByTestId('confirm-write').click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }
}
