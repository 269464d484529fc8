import { fileURLToPath } from 'node:url';

import type { Page } from '@playwright/test';
import {
  AccountsPage,
  createConsoleClient,
  EmulatorPanelPage,
  expect,
  FriendAddPage,
  RelationMatrixPage,
  RelationsPage,
  test,
} from 'friend-console/testing';

import { seriousViolations } from './axe.ts';

/**
 * Every screen in a realistic state, in English and Chinese, light and dark, at 1366×768 and
 * 1920×1080: axe finds nothing serious, and the pictures land in test-results/screens/ for review
 * (`<screen>-<lang>-<scheme>-<width>.png`).
 */

const MIXED_PLAN = fileURLToPath(new URL('../plans/mixed-relations.json', import.meta.url));
const MIXED = ['ada', 'ben', 'cy', 'di', 'ed', 'flo', 'gus', 'hal'];
const LANGUAGES = ['en', 'zh-CN'] as const;
type Language = (typeof LANGUAGES)[number];
const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

/** The few words the journey clicks that carry no test id. */
const REVIEW_PLAN: Record<Language, string> = { en: 'Review changes', 'zh-CN': '查看变更' };

interface Screen {
  name: string;
  /** The English page title, before " · Friend Console". */
  title: string;
  path: string | ((ids: Scenario) => string);
  /** Waits, by language-free handles, until the screen shows its state; may act on it. */
  ready: (page: Page, lang: Language) => Promise<unknown>;
}

/** The header's badges and buttons whose words do not fit, by their text: none should be. */
const clippedInHeader = (page: Page) =>
  page
    .locator('header')
    .locator('.mantine-Badge-label, .mantine-Button-label')
    .evaluateAll((labels) =>
      labels
        .filter((label) => label.scrollWidth > label.clientWidth)
        .map((label) => label.textContent ?? ''),
    );

const withLang = (path: string, lang: Language) =>
  `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

// The whole file shares one scenario, set up once: no reset between its tests.
test.use({ emulatorSeed: false });

/** The runs the scenario made, by kind. */
interface Scenario {
  addRun: string;
  matrixRun: string;
  deleteRun: string;
}
let scenario: Scenario;

// The scenario: an add run with several outcomes, a matrix run with blocks, a delete run, and a
// fault that has hit one call and waits for another.
test.beforeAll(async ({}, testInfo) => {
  const consoleClient = createConsoleClient({
    baseUrl: testInfo.project.use.baseURL ?? '',
    token: process.env.FRIEND_CONSOLE_TOKEN,
  });
  await consoleClient.resetEmulator('mixed-relations');
  const addRun = await consoleClient.startRun({
    kind: 'friend_add',
    From_Account: 'ada',
    AddFriendItem: ['ben', 'cy', 'ed', 'flo', 'gus', 'hal', 'nobody_1', 'nobody_2', 'nobody_3'].map(
      (To_Account) => ({ To_Account }),
    ),
    AddType: 'Add_Type_Both',
    ForceAddFlags: 1,
  });
  await consoleClient.waitForRun(addRun.id);
  const matrixRun = await consoleClient.startRun({
    kind: 'relation_matrix',
    Rows: MIXED,
    CheckType: 'CheckResult_Type_Both',
  });
  await consoleClient.waitForRun(matrixRun.id);
  const deleteRun = await consoleClient.startRun({
    kind: 'friend_delete',
    From_Account: 'ed',
    To_Account: ['ada', 'nobody_4'],
    DeleteType: 'Delete_Type_Both',
  });
  await consoleClient.waitForRun(deleteRun.id);
  await consoleClient.addFault({
    api: 'v4/sns/friend_add',
    to: 'ben',
    resultCode: 30006,
    times: 2,
  });
  await consoleClient.call('v4/sns/friend_add', {
    From_Account: 'di',
    AddFriendItem: [{ To_Account: 'ben' }],
    ForceAddFlags: 1,
  });
  scenario = { addRun: addRun.id, matrixRun: matrixRun.id, deleteRun: deleteRun.id };
});

test('runs with a screen of their own open there from /runs/:id', async ({ page }) => {
  await page.goto(`/runs/${scenario.addRun}`);
  await expect(page).toHaveURL(new RegExp(`/add\\?run=${scenario.addRun}`));
  await page.goto(`/runs/${scenario.matrixRun}`);
  await expect(page).toHaveURL(new RegExp(`/matrix\\?run=${scenario.matrixRun}`));
});

const SCREENS: Screen[] = [
  {
    name: 'add-empty',
    title: 'Add friends',
    path: '/add',
    ready: (page) => expect(new FriendAddPage(page).from).toBeVisible(),
  },
  {
    name: 'add-rows',
    title: 'Add friends',
    // A too long UserID is an invalid row: the rows table shows, with Remove invalid rows.
    path: `/add?from=ada&to=ben,cy,ed,nobody_1,${'x'.repeat(40)}&type=both`,
    ready: async (page) => {
      await expect(new FriendAddPage(page).to).toHaveValue(/nobody_1/);
      await expect(page.locator('tbody tr').nth(4)).toBeVisible();
    },
  },
  {
    name: 'add-grouped-results',
    title: 'Add friends',
    path: (ids) => `/add?run=${ids.addRun}`,
    ready: async (page) => {
      await expect(new FriendAddPage(page).rows).toHaveCount(9, { timeout: 30_000 });
      await expect(page.locator('[data-group]').nth(2)).toBeVisible();
    },
  },
  {
    name: 'matrix-empty',
    title: 'Relation matrix',
    path: '/matrix',
    ready: (page) => expect(new RelationMatrixPage(page).accounts).toBeVisible(),
  },
  {
    name: 'matrix-blocks',
    title: 'Relation matrix',
    path: (ids) => `/matrix?run=${ids.matrixRun}`,
    ready: async (page) => {
      const relationMatrixPage = new RelationMatrixPage(page);
      await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false', {
        timeout: 30_000,
      });
      await expect(relationMatrixPage.cell('ada', 'flo')).toHaveAttribute(
        'data-block',
        'row-blocks-column',
      );
      await relationMatrixPage.cell('ada', 'flo').click();
      await page.mouse.move(0, 0);
      await expect(page.getByTestId('matrix-block-note')).toBeVisible();
    },
  },
  {
    name: 'accounts',
    title: 'Accounts',
    path: '/accounts?accounts=ada,cy,hal,newbie',
    ready: async (page) => {
      const accountsPage = new AccountsPage(page);
      await expect(accountsPage.row('newbie')).toBeVisible({ timeout: 30_000 });
      await expect(accountsPage.setting('hal', 'AdminForbidType')).not.toHaveValue('');
    },
  },
  {
    name: 'relations',
    title: 'Relations of a user',
    path: '/relations?user=ada',
    ready: async (page) => {
      const relationsPage = new RelationsPage(page);
      await expect(relationsPage.friend('ben')).toBeVisible({ timeout: 30_000 });
      await expect(relationsPage.blocklist).toContainText('flo');
    },
  },
  {
    name: 'emulator',
    title: 'Emulator',
    path: '/emulator',
    ready: async (page) => {
      const emulatorPanelPage = new EmulatorPanelPage(page);
      await expect(emulatorPanelPage.calls.getByRole('row').nth(3)).toBeVisible({
        timeout: 30_000,
      });
      await expect(emulatorPanelPage.faults).toContainText('30006');
    },
  },
  {
    name: 'history',
    title: 'History',
    path: '/history',
    ready: (page) =>
      expect(page.locator('tr[data-outcome]').nth(3)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'run-delete',
    title: 'Run',
    path: (ids) => `/runs/${ids.deleteRun}`,
    ready: (page) =>
      expect(page.locator('[data-run-status]')).toHaveAttribute('data-run-status', 'done', {
        timeout: 30_000,
      }),
  },
  {
    name: 'plans-diff',
    title: 'Plans',
    path: '/plans',
    ready: async (page, lang) => {
      await page.locator('input[type="file"]').setInputFiles(MIXED_PLAN);
      await page.getByRole('button', { name: REVIEW_PLAN[lang] }).click();
      await expect(page.getByTestId('plan-changes').locator('tr[data-change]').first()).toBeVisible(
        { timeout: 30_000 },
      );
      await expect(page.getByTestId('plan-picture')).toBeVisible();
    },
  },
];

for (const screen of SCREENS) {
  test(`${screen.name}: no serious axe findings; pictures in English and Chinese, light and dark, two sizes`, async ({
    page,
  }) => {
    // Two languages × two schemes × two sizes, plus axe: minutes when the machine is busy.
    test.setTimeout(300_000);
    for (const lang of LANGUAGES) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(
        withLang(typeof screen.path === 'string' ? screen.path : screen.path(scenario), lang),
      );
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(
        lang === 'en' ? `${screen.title} · Friend Console` : / · Friend Console$/,
      );
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await screen.ready(page, lang);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        for (const [width, height] of SIZES) {
          await page.setViewportSize({ width, height });
          expect.soft(await clippedInHeader(page), `header at ${width}, ${lang}`).toEqual([]);
          await page.screenshot({
            path: `test-results/screens/${screen.name}-${lang}-${scheme}-${width}.png`,
            fullPage: true,
          });
        }
        expect.soft(await seriousViolations(page), `${lang}, ${scheme}`).toEqual([]);
      }
    }
  });
}
