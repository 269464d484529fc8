import type { Locator, Page } from '@playwright/test';

import { cssString } from './handles.ts';

/** The Relation matrix screen, located by roles, test ids and data attributes: any language. */
export class RelationMatrixPage {
  readonly page: Page;
  readonly accounts: Locator;
  readonly check: Locator;
  readonly grid: Locator;

  constructor(page: Page) {
    this.page = page;
    this.accounts = page.getByTestId('matrix-accounts');
    this.check = page.getByTestId('check-relations');
    this.grid = page.getByRole('grid');
  }

  async goto(): Promise<void> {
    await this.page.goto('/matrix');
  }

  async checkRelations(accounts: string[]): Promise<void> {
    await this.accounts.fill(accounts.join('\n'));
    await this.check.click();
  }

  /**
   * The cell of row `from` (From_Account) and column `to` (To_Account), found by its
   * `data-from`/`data-to`. Its `data-relation` is friend_check's `CheckResult_Type_BothWay`,
   * `…_AWithB`, `…_BWithA` or `…_NoRelation`, or `self`, `pending`, `failed`. The grid is
   * virtualized: a cell far outside the view exists only once scrolled to.
   */
  cell(from: string, to: string): Locator {
    return this.grid.locator(
      `[role="gridcell"][data-from=${cssString(from)}][data-to=${cssString(to)}]`,
    );
  }
}
