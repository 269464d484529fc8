import type { Locator, Page } from '@playwright/test';

export class FriendAddPage {
  readonly page: Page;
  readonly from: Locator;
  readonly to: Locator;
  readonly submit: Locator;
  readonly results: Locator;
  readonly cancel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.from = page.getByLabel('From account · From_Account');
    this.to = page.getByLabel('To accounts · To_Account');
    this.submit = page.getByRole('button', { name: 'Add friends' });
    this.results = page.getByRole('table', { name: 'Results per account' });
    this.cancel = page.getByRole('region', { name: 'Run status' }).getByRole('button', {
      name: 'Cancel',
    });
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
    await this.page.getByText(type === 'both' ? 'Both ways' : 'One way', { exact: true }).click();
    const forceBox = this.page.getByLabel('Force add · ForceAddFlags');
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
