import { expect, test } from 'friend-console/testing';

test('NeedConfirm without force awaits approval, then force adds', async ({ friendAddPage }) => {
  await friendAddPage.goto();
  await friendAddPage.addFriends({ from: 'erin', to: ['carol'] });
  await expect(friendAddPage.resultRow('carol')).toContainText('Request sent, awaiting approval');
  await expect(friendAddPage.resultRow('carol')).toContainText('30539');
  await friendAddPage.addFriends({ from: 'erin', to: ['carol'], force: true });
  await expect(friendAddPage.resultRow('carol')).toContainText('Added');
});

test('a blocklist conflict explains 30515 and 30525', async ({ friendAddPage }) => {
  await friendAddPage.goto();
  await friendAddPage.addFriends({ from: 'alice', to: ['mallory'], force: true });
  await expect(friendAddPage.resultRow('mallory')).toContainText('30515');
  await expect(friendAddPage.resultRow('mallory')).toContainText(/blocklist/i);
  await friendAddPage.addFriends({ from: 'mallory', to: ['alice'], force: true });
  await expect(friendAddPage.resultRow('alice')).toContainText('30525');
  await expect(friendAddPage.resultRow('alice')).toContainText(/blocklist/i);
});

test('an injected 30006 on one account is fixed by "Retry failed"', async ({
  page,
  consoleClient,
  friendAddPage,
}) => {
  await consoleClient.addFault({
    api: 'v4/sns/friend_add',
    from: 'erin',
    to: 'bob',
    resultCode: 30006,
    times: 1,
  });
  await friendAddPage.goto();
  await friendAddPage.addFriends({ from: 'erin', to: ['bob', 'alice', 'dave', 'ghost'] });
  await expect(friendAddPage.resultRow('bob')).toContainText('30006');
  await expect(friendAddPage.resultRow('alice')).toContainText('Added');
  await page.screenshot({
    path: 'test-results/screenshots/friend-add-mixed-1366.png',
    fullPage: true,
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({
    path: 'test-results/screenshots/friend-add-mixed-1920.png',
    fullPage: true,
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  const first = await friendAddPage.runId();
  await page.getByRole('button', { name: 'Retry failed (1)' }).click();
  // The retry is a run of its own; Back returns to the first run and its other rows.
  await expect(page).not.toHaveURL(new RegExp(`run=${first}`));
  await expect(friendAddPage.resultRow('bob')).toContainText('Added');
  await page.goBack();
  await expect(friendAddPage.resultRow('dave')).toContainText('30516');
  await expect(friendAddPage.resultRow('ghost')).toContainText('30003');
});

test('2,500 pasted accounts are added in three calls with visible progress', async ({
  page,
  consoleClient,
  friendAddPage,
}) => {
  const accounts = Array.from({ length: 2500 }, (_, i) => `bulk${String(i).padStart(4, '0')}`);
  expect(await consoleClient.importAccounts(accounts)).toEqual([]);
  // Slow each call down so that the progress can be seen while the run goes.
  await consoleClient.addFault({ api: 'v4/sns/friend_add', latencyMs: 3000 });
  await friendAddPage.goto();
  await friendAddPage.from.fill('erin');
  await friendAddPage.to.fill(accounts.join('\n'));
  await expect(page.getByText('2500 rows, sent in 3 calls of up to 1000')).toBeVisible();
  await page.getByLabel('Force add · ForceAddFlags').check();
  await page.screenshot({ path: 'test-results/screenshots/friend-add-filled-1366.png' });
  await friendAddPage.submit.click();
  // Each chunk is a friend_check of who already lists erin, then the friend_add.
  await expect(page.getByLabel(/Calls done: \d of 6/)).toBeAttached();
  await expect(page.getByText(/\d of 6 calls done/)).toBeVisible();
  await expect(page.getByLabel('Result counts')).toContainText('Added: 2500', { timeout: 60_000 });
  const calls = await consoleClient.recentCalls({ api: 'v4/sns/friend_add', limit: 1000 });
  expect(calls.filter((call) => call.from === 'erin')).toHaveLength(3);
});

test('a pasted table is checked first, trimmed to ready rows, added and undone', async ({
  page,
  consoleClient,
  friendAddPage,
}) => {
  await friendAddPage.goto();
  await page.screenshot({ path: 'test-results/screenshots/friend-add-empty-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screenshots/friend-add-empty-1920.png' });
  await friendAddPage.from.fill('alice');
  await friendAddPage.to.fill(
    [
      'To_Account\tRemark\tGroupName',
      'bob\tBob\tfriends',
      'carol\tCarol\t',
      'dave\t\t',
      'mallory\t\t',
      'erin\tErin from QA\ttesters',
      'ghost\t\t',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Check first' }).click();
  const counts = page.getByLabel('Check first counts');
  await expect(counts).toContainText('Ready: 1');
  await expect(counts).toContainText('Account missing: 1');
  await page.screenshot({
    path: 'test-results/screenshots/friend-add-check-first-1920.png',
    fullPage: true,
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({
    path: 'test-results/screenshots/friend-add-check-first-1366.png',
    fullPage: true,
  });
  expect(await consoleClient.recentCalls({ api: 'v4/sns/friend_add', limit: 1000 })).toHaveLength(
    0,
  );
  await page.getByRole('button', { name: 'Keep only ready rows (1)' }).click();
  await expect(friendAddPage.to).toHaveValue(
    'To_Account\tRemark\tGroupName\nerin\tErin from QA\ttesters',
  );
  await friendAddPage.submit.click();
  await expect(friendAddPage.resultRow('erin')).toContainText('Added');
  await page.getByRole('button', { name: 'Undo this batch (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Undo this batch?' });
  await expect(dialog).toContainText('erin');
  // The modal fades in; the picture waits until it is opaque, the test does not need to.
  await expect(dialog).toHaveCSS('opacity', '1');
  await page.screenshot({ path: 'test-results/screenshots/friend-add-undo-1366.png' });
  await dialog.getByRole('button', { name: 'Delete 1 friendship' }).click();
  await expect(page.getByText('Undone: 1 friendship deleted')).toBeVisible();
  const check = await consoleClient.call('v4/sns/friend_check', {
    From_Account: 'alice',
    To_Account: ['erin'],
    CheckType: 'CheckResult_Type_Both',
  });
  expect(check.InfoItem).toMatchObject([{ Relation: 'CheckResult_Type_NoRelation' }]);
});
