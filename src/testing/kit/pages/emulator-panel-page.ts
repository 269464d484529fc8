import type { Locator, Page, Response } from '@playwright/test';

import { pickOption } from './handles.ts';

const FAULT_KINDS = {
  ResultCode: 'resultCode',
  ErrorCode: 'errorCode',
  'HTTP status': 'httpStatus',
  'Added latency': 'latencyMs',
} as const;

/** The Emulator panel, located by roles, test ids, option values and API names: any language. */
export class EmulatorPanelPage {
  readonly page: Page;
  readonly scenario: Locator;
  readonly loadScenarioButton: Locator;
  readonly faults: Locator;
  readonly calls: Locator;
  /** The header badge shown on every screen while any fault rule is active. */
  readonly faultsIndicator: Locator;
  /** The live region with the last scenario load or state import, good or bad. */
  readonly outcome: Locator;

  constructor(page: Page) {
    this.page = page;
    this.scenario = page.getByTestId('scenario-select');
    this.loadScenarioButton = page.getByTestId('load-scenario');
    this.faults = page.getByTestId('faults-table');
    this.calls = page.getByTestId('calls-table');
    this.faultsIndicator = page.getByTestId('faults-indicator');
    this.outcome = page.getByTestId('scenario-outcome');
  }

  async goto(): Promise<void> {
    await this.page.goto('/emulator');
  }

  /**
   * Loads a scenario, by name (`mixed-relations`) or by the words the select shows, through the
   * confirmation the console always asks for (it replaces the emulator's state); waits for the
   * emulator's answer.
   */
  async loadScenario(scenario: string | RegExp): Promise<void> {
    await pickOption(this.page, this.scenario, scenario);
    await this.loadScenarioButton.click();
    const answered = this.answerOf('POST', '/api/emulator/reset');
    await this.page.getByRole('dialog').getByTestId('confirm-write').click();
    await answered;
  }

  /** Imports a state file, confirming the replacement; waits for the outcome, good or bad. */
  async importState(filePath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('import-state').click();
    await (await chooser).setFiles(filePath);
    const dialog = this.page.getByRole('dialog');
    const failed = this.outcome.getByRole('alert');
    await dialog.or(failed).first().waitFor();
    if (await dialog.isVisible()) {
      const answered = this.answerOf('PUT', '/api/emulator/state');
      await dialog.getByTestId('confirm-write').click();
      await answered;
    }
  }

  /** Opens the call inspector drawer of the newest call of an API (`v4/sns/friend_check`). */
  async inspectCall(api: string): Promise<Locator> {
    await this.calls
      .locator('tr[data-call]')
      .filter({ has: this.page.getByRole('cell', { name: api, exact: true }) })
      .first()
      .getByTestId('inspect-call')
      .click();
    return this.page.getByRole('dialog');
  }

  async addFault({
    api,
    from,
    to,
    fault,
    value,
    times,
  }: {
    api: string;
    from?: string;
    to?: string;
    fault: keyof typeof FAULT_KINDS;
    value: number;
    times?: number;
  }): Promise<void> {
    const form = this.page.getByTestId('fault-form');
    await pickOption(this.page, form.getByTestId('fault-api'), api);
    if (from) await form.getByTestId('fault-from').fill(from);
    if (to) await form.getByTestId('fault-to').fill(to);
    await pickOption(this.page, form.getByTestId('fault-kind'), FAULT_KINDS[fault]);
    await form.getByTestId('fault-value').fill(String(value));
    if (times) await form.getByTestId('fault-times').fill(String(times));
    await form.getByTestId('add-fault').click();
  }

  /** The console's answer to the next `method path` request, e.g. `POST /api/emulator/reset`. */
  private answerOf(method: string, path: string): Promise<Response> {
    return this.page.waitForResponse(
      (response) =>
        response.request().method() === method && new URL(response.url()).pathname === path,
    );
  }
}
