import { test as base, expect } from '@playwright/test';

import { type ConsoleClient, createConsoleClient } from './client.ts';
import {
  type AddFriendsInput,
  type Relation,
  type RunItem,
  type ScenarioName,
} from './console-client.ts';
import { AccountsPage } from './pages/accounts-page.ts';
import { EmulatorPanelPage } from './pages/emulator-panel-page.ts';
import { FriendAddPage } from './pages/friend-add-page.ts';
import { RelationMatrixPage } from './pages/relation-matrix-page.ts';
import { RelationsPage } from './pages/relations-page.ts';

/** A friend_add item in the words of the results table's `data-status`. */
function addStatus(item: RunItem): string {
  if (item.undone) return 'undone';
  if (item.state !== 'done') return item.state;
  if (item.failure || item.ResultCode === null) return 'failed';
  if (item.ResultCode === 0) return 'added';
  if (item.ResultCode === 30539) return 'pending';
  if (item.ResultCode === 30001 && item.ResultInfo === 'Err_SNS_FriendAdd_Friend_Exist')
    return 'exists';
  return 'failed';
}

export interface KitOptions {
  /**
   * Reset the emulator to this scenario before each test; none by default. `false` turns a
   * configured reset off (Playwright reads `undefined` in `test.use` as "the configured value"),
   * for tests that share one emulator with `uniqueAccounts`.
   */
  emulatorSeed: ScenarioName | false | undefined;
  /** The console's AUTH_TOKEN, if it has one (default: FRIEND_CONSOLE_TOKEN). */
  consoleToken: string | undefined;
}

/** The operations a test needs most, on top of the page objects. */
export interface FriendConsole {
  /**
   * Adds friends through the Add friends screen and waits for the run to end; returns each
   * account's status as the results table shows it (added, pending, exists, one_way, failed,
   * not_sent, unknown or undone).
   */
  addFriends(input: AddFriendsInput): Promise<Record<string, string>>;
  /**
   * Applies a plan as one run and returns its result; throws PlanNotInSyncError unless the
   * state afterwards matches the plan.
   */
  applyPlan: ConsoleClient['applyPlan'];
  /** Asserts how a and b relate now (friend_check through the proxy). */
  expectRelation(a: string, b: string, relation: Relation): Promise<void>;
  /** Emulator only: back to a scenario (`empty` by default) with no fault rules. */
  resetEmulator(scenario?: ScenarioName): Promise<void>;
  /** Emulator only: replaces the state with a named scenario. */
  loadScenario(name: ScenarioName): Promise<void>;
}

export interface KitFixtures {
  consoleClient: ConsoleClient;
  friendConsole: FriendConsole;
  friendAddPage: FriendAddPage;
  relationMatrixPage: RelationMatrixPage;
  accountsPage: AccountsPage;
  relationsPage: RelationsPage;
  emulatorPanelPage: EmulatorPanelPage;
}

export const test = base.extend<KitOptions & KitFixtures & { emulatorReset: void }>({
  emulatorSeed: [undefined, { option: true }],
  consoleToken: [process.env.FRIEND_CONSOLE_TOKEN, { option: true }],
  consoleClient: async ({ baseURL, consoleToken }, use) => {
    if (!baseURL) throw new Error('Set use.baseURL to the console’s URL in playwright.config');
    await use(createConsoleClient({ baseUrl: baseURL, token: consoleToken }));
  },
  emulatorReset: [
    async ({ consoleClient, emulatorSeed }, use) => {
      if (emulatorSeed) await consoleClient.resetEmulator(emulatorSeed);
      await use();
    },
    { auto: true },
  ],
  friendAddPage: async ({ page }, use) => use(new FriendAddPage(page)),
  relationMatrixPage: async ({ page }, use) => use(new RelationMatrixPage(page)),
  accountsPage: async ({ page }, use) => use(new AccountsPage(page)),
  relationsPage: async ({ page }, use) => use(new RelationsPage(page)),
  emulatorPanelPage: async ({ page }, use) => use(new EmulatorPanelPage(page)),
  friendConsole: async ({ consoleClient, friendAddPage }, use) => {
    await use({
      async addFriends(input) {
        const to = Array.isArray(input.to) ? input.to : [input.to];
        await friendAddPage.goto();
        await friendAddPage.addFriends({ ...input, to });
        const run = await friendAddPage.runId();
        await consoleClient.waitForRun(run);
        const items = await consoleClient.runItems(run);
        // Above 300 rows the table is virtualized and draws only the rows in view.
        if (to.length <= 300) await expect(friendAddPage.rows).toHaveCount(to.length);
        else await expect(friendAddPage.rows.first()).toBeVisible();
        const statuses = Object.fromEntries(
          items.map((item) => [item.To_Account, addStatus(item)]),
        );
        // As the results table does: a both-ways add answered "already friends" is one_way
        // where only From_Account lists the other.
        if (input.type !== 'single') {
          for (const [account, status] of Object.entries(statuses)) {
            if (
              status === 'exists' &&
              (await consoleClient.relation(input.from, account)) === 'a-to-b'
            )
              statuses[account] = 'one_way';
          }
        }
        return statuses;
      },
      applyPlan: (plan, options) => consoleClient.applyPlan(plan, options),
      async expectRelation(a, b, relation) {
        expect(await consoleClient.relation(a, b), `relation of ${a} and ${b}`).toBe(relation);
      },
      async resetEmulator(scenario = 'empty') {
        await consoleClient.resetEmulator(scenario);
      },
      async loadScenario(name) {
        await consoleClient.loadScenario(name);
      },
    });
  },
});

export { expect };
