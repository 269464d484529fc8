import type { Locator, Page } from '@playwright/test';

export class EmulatorPanelPage {
  readonly page: Page;
  readonly scenario: Locator;
  readonly loadScenarioButton: Locator;
  readonly faults: Locator;
  readonly calls: Locator;
  /** The header badge shown on every screen while any fault rule is active. */
  readonly faultsIndicator: Locator;

  constructor(page: Page) {
    this.page = page;
    this.scenario = page.getByRole('combobox', { name: 'Scenario' });
    this.loadScenarioButton = page.getByRole('button', { name: 'Load scenario' });
    this.faults = page.getByRole('table', { name: 'Active fault rules' });
    this.calls = page.getByRole('table', { name: 'Recent calls' });
    this.faultsIndicator = page.getByTestId('faults-indicator');
  }

  async goto(): Promise<void> {
    await this.page.goto('/emulator');
  }

  /**
   * Loads a scenario by the words shown in the Scenario select, e.g. "Mixed relations", through
   * the confirmation the console always asks for (it replaces the emulator's state).
   */
  async loadScenario(label: string | RegExp): Promise<void> {
    await this.scenario.click();
    await this.page.getByRole('option', { name: label }).click();
    await this.loadScenarioButton.click();
    await this.page
      .getByRole('dialog', { name: /^Load the scenario/ })
      .getByRole('button', { name: 'Load scenario' })
      .click();
    await this.page
      .getByRole('status')
      .filter({ hasText: /^Loaded / })
      .waitFor();
  }

  /** Imports a state file, confirming the replacement; waits for the outcome, good or bad. */
  async importState(filePath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import state' }).click();
    await (await chooser).setFiles(filePath);
    const dialog = this.page.getByRole('dialog', { name: /^Import / });
    const failed = this.page.getByRole('status', { name: 'Scenario outcome' }).getByRole('alert');
    await dialog.or(failed).first().waitFor();
    if (await dialog.isVisible())
      await dialog.getByRole('button', { name: 'Import state' }).click();
  }

  /** Opens the call inspector drawer of the newest call of an API. */
  async inspectCall(api: string): Promise<Locator> {
    await this.calls
      .getByRole('button', {
        name: new RegExp(`^Inspect call \\d+: ${api.replaceAll('/', '\\/')}$`),
      })
      .first()
      .click();
    return this.page.getByRole('dialog', { name: new RegExp(`^Call \\d+ · `) });
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
    fault: 'ResultCode' | 'ErrorCode' | 'HTTP status' | 'Added latency';
    value: number;
    times?: number;
  }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a fault rule' });
    await form.getByRole('combobox', { name: 'API' }).click();
    await this.page.getByRole('option', { name: api, exact: true }).click();
    if (from) await form.getByLabel('From account').fill(from);
    if (to) await form.getByLabel('To account').fill(to);
    await form.getByRole('combobox', { name: 'Fault' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${fault}`) }).click();
    await form.getByLabel('Value').fill(String(value));
    if (times) await form.getByLabel('Times').fill(String(times));
    await form.getByRole('button', { name: 'Add fault' }).click();
  }
}
