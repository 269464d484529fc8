import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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
  // More than 100 writes are confirmed first, even against the emulator.
  await page
    .getByRole('dialog', { name: 'Add these friends?' })
    .getByRole('button', { name: 'Add friends' })
    .click();
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

test.describe('on the mixed-relations seed', () => {
  test.use({ emulatorSeed: 'mixed-relations' });

  /** Serious and critical axe findings, one line each, so a failure says what and where. */
  async function seriousViolations(page: Page): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`);
  }

  async function screenshots(page: Page, name: string) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({
          path: `test-results/screenshots/friend-add-${name}-${width}-${scheme}.png`,
          fullPage: true,
        });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  test('results grouped by code offer each next step, announce the counts, and pass axe', async ({
    page,
    friendAddPage,
  }) => {
    await friendAddPage.goto();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'empty');
    await friendAddPage.from.fill('ada');
    await friendAddPage.to.fill(['ben', 'cy', 'di', 'ed', 'flo', 'gus', 'newbie'].join('\n'));
    await page.getByRole('button', { name: 'Check first' }).click();
    await expect(page.getByLabel('Check first counts')).toContainText('Account missing: 1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'check-first');

    await friendAddPage.submit.click();
    const heading = page.getByRole('heading', { name: 'Results' });
    await expect(heading).toBeFocused({ timeout: 30_000 });
    await expect(page.getByRole('status', { name: 'Run results' })).toContainText(
      'Run finished. Added: 1',
    );
    const groups = page.getByRole('list', { name: 'Result groups' });
    await expect(groups).toContainText('30003 · account missing · 1 account');
    await expect(groups.getByRole('link', { name: 'Import in Accounts' })).toHaveAttribute(
      'href',
      '/accounts?accounts=newbie',
    );
    await expect(groups.getByRole('link', { name: 'Open ada’s blocklist' })).toHaveAttribute(
      'href',
      '/relations?user=ada',
    );
    await expect(groups.getByRole('button', { name: 'Retry with force' })).toBeEnabled();
    // ada lists cy, cy does not list ada: the missing side is offered, one way.
    await expect(page.locator('tr[data-status="one_way"]')).toContainText('cy’s side is missing');
    await expect(
      page.locator('tr[data-status="one_way"]').getByRole('link', { name: 'Add cy → ada one way' }),
    ).toHaveAttribute('href', '/add?from=cy&to=ada&type=single');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'results');

    // A group's heading hides its rows.
    await groups.getByRole('button', { name: /30003 · account missing/ }).click();
    await expect(friendAddPage.resultRow('newbie')).toHaveCount(0);

    // The same run in Chinese: Tencent's codes explained in Simplified Chinese.
    await page.goto(`${new URL(page.url()).pathname}${new URL(page.url()).search}&lang=zh-CN`);
    const groupsZh = page.getByRole('list', { name: '结果分组' });
    await expect(groupsZh).toContainText('30003 · 账号不存在 · 1 个账号');
    await expect(groupsZh).toContainText('请求的用户账号不存在。');
    await expect(groupsZh).toContainText('请求添加好友时，对方在自己（From_Account）的黑名单中');
    await screenshots(page, 'results-zh-CN');
    await page.goto('/add?lang=en');
  });
});
