import type { Locator, Page } from '@playwright/test';

import { fieldNamed, pickValue } from './handles.ts';

/** The Add friends screen, located by Tencent field names, values and test ids: any language. */
export class FriendAddPage {
  readonly page: Page;
  readonly from: Locator;
  readonly to: Locator;
  readonly submit: Locator;
  readonly results: Locator;
  readonly cancel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.from = fieldNamed(page, 'From_Account');
    this.to = fieldNamed(page, 'To_Account');
    this.submit = page.getByTestId('add-friends');
    this.results = page.getByTestId('friend-add-results');
    this.cancel = page.getByTestId('run-cancel');
  }

  /** The run the screen shows (`/add?run=<id>`), once submitting has started one. */
  async runId(): Promise<string> {
    await this.page.waitForURL(/[?&]run=[^&]+/);
    return new URL(this.page.url()).searchParams.get('run') ?? '';
  }

  async goto(): Promise<void> {
    await this.page.goto('/add');
  }

  async addFriends({
    from,
    to,
    type = 'both',
    force = false,
  }: {
    from: string;
    to: string[];
    type?: 'both' | 'single';
    force?: boolean;
  }) {
    await this.from.fill(from);
    await this.to.fill(to.join('\n'));
    await pickValue(this.page, type === 'both' ? 'Add_Type_Both' : 'Add_Type_Single');
    const forceBox = fieldNamed(this.page, 'ForceAddFlags');
    if ((await forceBox.isChecked()) !== force) await forceBox.click();
    await this.submit.click();
    await this.confirmIfAsked();
  }

  /**
   * Confirms the "Add these friends?" dialog when the console asks (more than 100 accounts, or a
   * real Tencent app); otherwise the run simply starts and its id lands in the URL.
   */
  private async confirmIfAsked(): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    const asked = await Promise.race([
      dialog.waitFor().then(
        () => true,
        () => false,
      ),
      this.page.waitForURL(/[?&]run=[^&]+/).then(
        () => false,
        () => false,
      ),
    ]);
    if (!asked) return;
    await dialog.getByTestId('confirm-write').click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /**
   * Each account's status as the table shows it once the run is over: added, pending, exists,
   * failed, not_sent, unknown or undone. Above 300 rows the table is virtualized: only drawn
   * rows count, and its spacer rows (no cells, no `data-status`) are skipped.
   */
  async statuses(): Promise<Record<string, string>> {
    await this.submit.and(this.page.locator(':not([data-loading])')).waitFor();
    const rows = await this.rows.all();
    const entries = await Promise.all(
      rows.map(async (row) => [
        (await row.locator('td').first().textContent()) ?? '',
        (await row.getAttribute('data-status')) ?? '',
      ]),
    );
    return Object.fromEntries(entries);
  }

  /** The result rows drawn now, without the virtualized table's spacer rows. */
  get rows(): Locator {
    return this.results.locator('tbody tr[data-status]');
  }

  resultRow(account: string): Locator {
    return this.results
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: account, exact: true }) });
  }
}
