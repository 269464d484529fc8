import type { Locator, Page } from '@playwright/test';

export class RelationMatrixPage {
  readonly page: Page;
  readonly accounts: Locator;
  readonly check: Locator;
  readonly grid: Locator;

  constructor(page: Page) {
    this.page = page;
    this.accounts = page.getByLabel('Accounts', { exact: true });
    this.check = page.getByRole('button', { name: 'Check relations' });
    this.grid = page.getByRole('grid', { name: 'Relation matrix' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/matrix');
  }

  async checkRelations(accounts: string[]): Promise<void> {
    await this.accounts.fill(accounts.join('\n'));
    await this.check.click();
  }

  cell(from: string, to: string): Locator {
    return this.grid.getByRole('gridcell', { name: new RegExp(`^${from} → ${to}:`) });
  }
}
