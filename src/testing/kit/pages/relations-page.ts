import type { Locator, Page } from '@playwright/test';

import { cssString, fieldNamed, pickValue } from './handles.ts';

/** Relations of a user, located by Tencent field names, test ids and data attributes. */
export class RelationsPage {
  readonly page: Page;
  readonly user: Locator;
  readonly show: Locator;
  readonly friends: Locator;
  readonly blocklist: Locator;

  constructor(page: Page) {
    this.page = page;
    this.user = fieldNamed(page, 'From_Account');
    this.show = page.getByTestId('show-relations');
    this.friends = page.getByTestId('friends-table');
    this.blocklist = page.getByTestId('blocklist-table');
  }

  async goto(user?: string): Promise<void> {
    await this.page.goto(user ? `/relations?user=${encodeURIComponent(user)}` : '/relations');
  }

  friend(account: string): Locator {
    return this.friends.locator(`tr[data-account=${cssString(account)}]`);
  }

  /** Deletes a friendship through the confirmation dialog. */
  async deleteFriend(account: string, type: 'both' | 'single' = 'both'): Promise<void> {
    await this.friend(account).getByTestId('delete-friend').click();
    const dialog = this.page.getByRole('dialog');
    await pickValue(dialog, type === 'both' ? 'Delete_Type_Both' : 'Delete_Type_Single');
    await this.confirmIfAsked('friend_delete');
  }

  /**
   * Blocks accounts through the form, confirming when the console asks (a friend among them,
   * more than 100 accounts, or a real Tencent app), and waits for the answer.
   */
  async block(accounts: string[]): Promise<void> {
    await this.page.getByTestId('block-accounts').fill(accounts.join(', '));
    const sent = this.answerOf('black_list_add');
    await this.page.getByTestId('block').click();
    await this.confirmIfAsked('black_list_add', sent);
  }

  /** Blocks one friend from their row; the console always asks, as this ends the friendship. */
  async blockFriend(account: string): Promise<void> {
    await this.friend(account).getByTestId('block-friend').click();
    await this.confirmIfAsked('black_list_add');
  }

  async unblock(account: string): Promise<void> {
    const sent = this.answerOf('black_list_delete');
    await this.blocklist
      .locator(`tr[data-account=${cssString(account)}]`)
      .getByTestId('unblock')
      .click();
    await this.confirmIfAsked('black_list_delete', sent);
  }

  /** The outcome of the last write, in the screen's live region. */
  get outcome(): Locator {
    return this.page.getByTestId('relations-outcome');
  }

  /** The console's answer to the next call of a friend API (`black_list_add`). */
  private answerOf(api: string) {
    return this.page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && response.url().endsWith(`/v4/sns/${api}`),
    );
  }

  /** Confirms the dialog if the console shows one before `api` is sent, then awaits the answer. */
  private async confirmIfAsked(api: string, sent = this.answerOf(api)): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    const asked = await Promise.race([
      dialog.waitFor().then(
        () => true,
        () => false,
      ),
      sent.then(() => false),
    ]);
    if (asked) {
      // Nothing was sent before the dialog, so the next answer is the confirmed call's.
      await dialog.getByTestId('confirm-write').click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await sent;
  }
}
