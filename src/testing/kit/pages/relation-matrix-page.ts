import type { Locator, Page } from '@playwright/test';

import { cssString } from './handles.ts';

/** The Relation matrix screen, located by roles, test ids and data attributes: any language. */
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
    this.accounts = page.getByTestId('matrix-accounts');
    this.check = page.getByTestId('check-relations');
    this.grid = page.getByRole('grid');
    this.inputsToggle = page.getByTestId('matrix-inputs-toggle');
    this.makeFriends = page.getByTestId('matrix-make-friends');
  }

  async goto(): Promise<void> {
    await this.page.goto('/matrix');
  }

  async checkRelations(accounts: string[]): Promise<void> {
    // The screen may still be loading: wait for the inputs, or for the line they fold into.
    await this.accounts.or(this.inputsToggle).first().waitFor();
    if (await this.accounts.isHidden()) await this.inputsToggle.click();
    await this.accounts.fill(accounts.join('\n'));
    await this.check.click();
  }

  /** A legend chip by its kind (bothWay, aWithB, bWithA, none, blocked, failed, self): a toggle. */
  legendChip(kind: string): Locator {
    return this.page.locator(`button[data-kind="${kind}"]`);
  }

  /**
   * The cell of row `from` (From_Account) and column `to` (To_Account), found by its
   * `data-from`/`data-to`. Its `data-relation` is friend_check's `CheckResult_Type_BothWay`,
   * `…_AWithB`, `…_BWithA` or `…_NoRelation`, or `self`, `pending`, `failed`. The grid is
   * virtualized: a cell far outside the view exists only once scrolled to. A blocked pair also
   * has `data-block`: `row-blocks-column`, `column-blocks-row` or `both`.
   */
  cell(from: string, to: string): Locator {
    return this.grid.locator(
      `[role="gridcell"][data-from=${cssString(from)}][data-to=${cssString(to)}]`,
    );
  }
}
