import { readFile, writeFile } from 'node:fs/promises';

import { expect, test } from 'friend-console/testing';

test.use({ emulatorSeed: 'mixed-relations' });

test('Accounts: check, import the missing, set AllowType and AdminForbidType', async ({
  page,
  accountsPage,
  consoleClient,
}) => {
  await accountsPage.goto();
  await accountsPage.checkAccounts(['ada', 'cy', 'hal', 'newbie']);
  await expect(accountsPage.row('newbie')).toContainText('Missing');
  await expect(accountsPage.setting('hal', 'AdminForbidType')).toHaveValue(
    'Forbidden to send requests',
  );
  await expect(accountsPage.setting('cy', 'AllowType')).toHaveValue('Needs approval');
  await accountsPage.importMissing.click();
  await expect(accountsPage.row('newbie')).toContainText('Exists');
  await accountsPage.choose('newbie', 'AllowType', 'Accepts anyone');
  await expect
    .poll(async () => {
      const answer = await consoleClient.call('v4/profile/portrait_get', {
        To_Account: ['newbie'],
        TagList: ['Tag_Profile_IM_AllowType'],
      });
      return JSON.stringify(answer.UserProfileItem);
    })
    .toContain('AllowType_Type_AllowAny');
  await page.getByRole('link', { name: 'Relations', exact: true }).first().click();
  await expect(page).toHaveURL(/\/relations\?user=ada/);
});

test('Relations of a user: friends and blocklist, delete one way, unblock', async ({
  page,
  relationsPage,
  friendConsole,
}) => {
  await relationsPage.goto('ada');
  await expect(relationsPage.friend('ben')).toBeVisible();
  await expect(relationsPage.friend('cy')).toBeVisible();
  await expect(relationsPage.blocklist).toContainText('flo');
  await relationsPage.deleteFriend('ben', 'single');
  await expect(relationsPage.friend('ben')).toHaveCount(0);
  await friendConsole.expectRelation('ada', 'ben', 'b-to-a');
  await relationsPage.unblock('flo');
  await expect(page.getByText('ada has blocked no one.')).toBeVisible();
  await relationsPage.block(['gus']);
  await expect(relationsPage.blocklist).toContainText('gus');
});

test('Emulator panel: scenario, faults with the header indicator, call log, state file', async ({
  page,
  emulatorPanelPage,
  friendConsole,
}, testInfo) => {
  await emulatorPanelPage.goto();
  await emulatorPanelPage.loadScenario(/^Demo/);
  await friendConsole.expectRelation('alice', 'bob', 'both');
  await expect(emulatorPanelPage.faultsIndicator).toHaveCount(0);
  await emulatorPanelPage.addFault({
    api: 'v4/sns/friend_add',
    to: 'bob',
    fault: 'ResultCode',
    value: 30006,
    times: 1,
  });
  await expect(emulatorPanelPage.faults).toContainText('ResultCode 30006');
  await expect(emulatorPanelPage.faultsIndicator).toHaveText('Faults active (1)');

  // The indicator follows to every screen, and the fault hits the next matching call.
  await page.getByRole('link', { name: /Add friends/ }).click();
  await expect(emulatorPanelPage.faultsIndicator).toBeVisible();
  const statuses = await friendConsole.addFriends({ from: 'erin', to: ['bob'] });
  expect(statuses).toEqual({ bob: 'failed' });
  await emulatorPanelPage.faultsIndicator.click();
  await expect(emulatorPanelPage.calls.getByRole('row').nth(1)).toContainText('v4/sns/friend_add');
  // A rule for one call is gone once used; the indicator goes with it.
  await expect(page.getByText('No fault rules')).toBeVisible();
  await expect(emulatorPanelPage.faultsIndicator).toHaveCount(0);
  await emulatorPanelPage.addFault({
    api: 'v4/sns/friend_check',
    fault: 'Added latency',
    value: 50,
  });
  await expect(emulatorPanelPage.faultsIndicator).toHaveText('Faults active (1)');
  await page.getByRole('button', { name: 'Clear all faults' }).click();
  await expect(emulatorPanelPage.faultsIndicator).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export state' }).click();
  const saved = testInfo.outputPath('emulator-state.json');
  await (await download).saveAs(saved);
  const state = JSON.parse(await readFile(saved, 'utf8')) as { accounts: unknown[] };
  expect(state.accounts).toHaveLength(6);

  await friendConsole.resetEmulator('empty');
  await emulatorPanelPage.importState(saved);
  await expect(page.getByText('Imported emulator-state.json: 6 accounts.')).toBeVisible();
  await friendConsole.expectRelation('alice', 'bob', 'both');

  const broken = testInfo.outputPath('broken.json');
  await writeFile(broken, '{ not json');
  await emulatorPanelPage.importState(broken);
  await expect(page.getByRole('alert')).toContainText('broken.json is not JSON');
  // The earlier success is gone: only the last outcome shows.
  await expect(page.getByText('Imported emulator-state.json: 6 accounts.')).toHaveCount(0);
});
