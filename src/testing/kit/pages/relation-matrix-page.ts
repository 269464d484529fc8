import type { Locator, Page } from '@playwright/test';

export class RelationMatrixPage {
  readonly page: Page;
  readonly accounts: Locator;
  readonly check: Locator;
  readonly grid: Locator;
  /** After a run the inputs fold into one line; this button (aria-expanded) unfolds them. */
  readonly inputsToggle: Locator;
  /** "Make friends" (or "Add x → y (one way)") in the inspector of the selected cell or row. */
  readonly makeFriends: Locator;

  constructor(page: Page) {
    this.page = page;
    this.accounts = page.getByLabel('Accounts', { exact: true });
    this.check = page.getByRole('button', { name: 'Check relations' });
    this.grid = page.getByRole('grid', { name: 'Relation matrix' });
    this.inputsToggle = page.getByTestId('matrix-inputs-toggle');
    this.makeFriends = page.getByTestId('matrix-make-friends');
  }

  async goto(): Promise<void> {
    await this.page.goto('/matrix');
  }

  async checkRelations(accounts: string[]): Promise<void> {
    if (await this.accounts.isHidden()) await this.inputsToggle.click();
    await this.accounts.fill(accounts.join('\n'));
    await this.check.click();
  }

  /** A legend chip by its kind (bothWay, aWithB, bWithA, none, blocked, failed, self): a toggle. */
  legendChip(kind: string): Locator {
    return this.page.locator(`button[data-kind="${kind}"]`);
  }

  cell(from: string, to: string): Locator {
    return this.grid.getByRole('gridcell', { name: new RegExp(`^${from} → ${to}:`) });
  }
}
