import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from 'friend-console/testing';

test.use({ emulatorSeed: 'mixed-relations' });

/** Serious and critical axe findings, one line each, so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

test('Relations: Block on a friend asks first and says Unblock will not restore it', async ({
  page,
  relationsPage,
  friendConsole,
}) => {
  await relationsPage.goto('ada');
  await expect(page).toHaveTitle('Relations of a user · Friend Console');
  await expect(relationsPage.friend('ben')).toContainText('Both ways');
  await expect(relationsPage.friend('cy')).toContainText('One way');
  await page.getByRole('button', { name: 'Block ben', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Block ben?' });
  await expect(dialog).toContainText(
    'Blocking removes the friendship with ben both ways, remark and group included. Unblock does not restore it.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await friendConsole.expectRelation('ada', 'ben', 'both');

  await relationsPage.blockFriend('ben');
  await expect(relationsPage.outcome.getByRole('heading', { name: 'Blocked ben' })).toBeFocused();
  await expect(relationsPage.blocklist).toContainText('ben');
  await friendConsole.expectRelation('ada', 'ben', 'none');
  expect(await seriousViolations(page)).toEqual([]);
});

test('Emulator: each call opens in the inspector, with curl and a UserSig placeholder', async ({
  page,
  emulatorPanelPage,
  consoleClient,
}) => {
  await consoleClient.call('v4/sns/friend_check', {
    From_Account: 'ada',
    To_Account: ['ben', 'cy'],
    CheckType: 'CheckResult_Type_Both',
  });
  await emulatorPanelPage.goto();
  await page.getByRole('textbox', { name: 'Filter calls' }).fill('friend_check');
  const drawer = await emulatorPanelPage.inspectCall('v4/sns/friend_check');
  await expect(drawer.getByRole('table', { name: 'Call summary' })).toContainText('200');
  await expect(drawer.getByRole('button', { name: 'Copy as curl' })).toBeVisible();
  await expect(drawer).toContainText('Replace <ADMIN_USERSIG>');
  expect(await seriousViolations(page)).toEqual([]);
});

test('Theme: follows the system, and the header menu switches it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/accounts');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('button', { name: /^Colour scheme/ }).click();
  await page.getByRole('menuitem', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

const SCREENS = [
  { path: '/add', title: 'Add friends', own: false },
  { path: '/matrix', title: 'Relation matrix', own: false },
  { path: '/relations?user=ada', title: 'Relations of a user', own: true },
  { path: '/accounts?accounts=ada,cy,hal,newbie', title: 'Accounts', own: true },
  { path: '/emulator', title: 'Emulator', own: true },
  { path: '/history', title: 'History', own: true },
  { path: '/plans', title: 'Plans', own: true },
] as const;

for (const screen of SCREENS) {
  test(`${screen.title}: titled, ${screen.own ? 'no serious axe findings, ' : ''}screenshots light and dark`, async ({
    page,
  }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(screen.path);
        await expect(page).toHaveTitle(`${screen.title} · Friend Console`);
        await expect(page.getByRole('heading', { level: 2, name: screen.title })).toBeVisible();
        // The picture is of the loaded screen: every query of it has answered.
        // eslint-disable-next-line playwright/no-networkidle -- no single element marks "loaded"
        await page.waitForLoadState('networkidle');
        await page.screenshot({
          path: `test-results/screenshots/${screen.title.toLowerCase().replaceAll(' ', '-')}-${width}-${scheme}.png`,
          fullPage: true,
        });
      }
      // Add friends and the matrix are checked by axe in their own specs; the rest here.
      // eslint-disable-next-line playwright/no-conditional-in-test -- see above
      if (screen.own)
        // eslint-disable-next-line playwright/no-conditional-expect -- see above
        expect(await seriousViolations(page), `${screen.title}, ${scheme}`).toEqual([]);
    }
  });
}
