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
  }

  /**
   * Each account's status as the table shows it once the run is over: added, pending, exists,
   * failed, not_sent, unknown or undone.
   */
  async statuses(): Promise<Record<string, string>> {
    await this.submit.and(this.page.locator(':not([data-loading])')).waitFor();
    const rows = await this.results.locator('tbody tr').all();
    const entries = await Promise.all(
      rows.map(async (row) => [
        (await row.locator('td').first().textContent()) ?? '',
        (await row.getAttribute('data-status')) ?? '',
      ]),
    );
    return Object.fromEntries(entries);
  }

  resultRow(account: string): Locator {
    return this.results
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: account, exact: true }) });
  }
}
