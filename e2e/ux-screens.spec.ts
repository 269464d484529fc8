import { expect, test } from 'friend-console/testing';

import { seriousViolations } from './axe.ts';

test.use({ emulatorSeed: 'mixed-relations' });

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
