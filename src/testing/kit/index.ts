/**
 * Friend Console's Playwright kit: `import { test, expect } from 'friend-console/testing'`.
 * Fixtures and page objects for the console's screens, and a typed Node client over the
 * proxy's HTTP API. README: "Automation".
 */
export {
  type AddFriendsInput,
  type AddType,
  type AllowType,
  type CallRecord,
  ConsoleApiError,
  type ConsoleClientOptions,
  type FaultRule,
  type ItemResult,
  type ItemState,
  type Relation,
  type RunAccepted,
  type RunBody,
  type RunItem,
  type RunStatus,
  type RunSummary,
  type ScenarioName,
  type TencentAnswer,
} from './console-client.ts';
export { type ConsoleClient, createConsoleClient } from './client.ts';
export { expect, type FriendConsole, type KitFixtures, type KitOptions, test } from './fixtures.ts';
export { AccountsPage } from './pages/accounts-page.ts';
export { EmulatorPanelPage } from './pages/emulator-panel-page.ts';
export { FriendAddPage } from './pages/friend-add-page.ts';
export { RelationMatrixPage } from './pages/relation-matrix-page.ts';
export { RelationsPage } from './pages/relations-page.ts';
export * from './plans.ts';
export { uniqueAccounts } from './unique-accounts.ts';
