import type { Page } from '@playwright/test';
import { expect, test } from 'friend-console/testing';

test.use({ emulatorSeed: 'demo' });

const nav = (page: Page) => page.getByRole('navigation').getByRole('link');

test('?lang=zh-CN shows Chinese, follows <html lang>, and sticks across a reload', async ({
  page,
}) => {
  await page.goto('/history?lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('历史 · Friend Console');
  await expect(page.getByRole('heading', { level: 2, name: '历史' })).toBeVisible();
  await expect(nav(page).filter({ hasText: '添加好友' })).toBeVisible();
  await expect(nav(page).filter({ hasText: '关系矩阵' })).toContainText('friend_check');
  await expect(page.getByTestId('language-switcher')).toHaveValue('zh-CN');
  await expect(page.getByTestId('target-badge')).toContainText('模拟器 · SDKAppID');

  // Without ?lang= the stored choice holds.
  await page.goto('/accounts');
  await expect(page).toHaveTitle('账号 · Friend Console');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // ?lang= in any URL wins over the stored choice, and is stored in its turn.
  await page.goto('/accounts?lang=en');
  await expect(page).toHaveTitle('Accounts · Friend Console');
  await page.goto('/accounts');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the header switcher changes the language by keyboard, without a reload, and persists', async ({
  page,
}) => {
  await page.goto('/history?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'History' })).toBeVisible();
  const switcher = page.getByTestId('language-switcher');
  await switcher.focus();
  await switcher.selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 2, name: '历史' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('历史 · Friend Console');
  // The choice replaces ?lang=en, which would otherwise win again on reload.
  await expect(page).toHaveURL(/\/history$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '历史' })).toBeVisible();
  await expect(switcher).toHaveValue('zh-CN');
});

test('the zone setting changes the times History shows, and persists', async ({
  page,
  consoleClient,
}) => {
  await consoleClient.call('v4/sns/black_list_add', {
    From_Account: 'erin',
    To_Account: ['dave'],
  });
  await page.goto('/history?account=erin&lang=zh-CN');
  const zone = page.getByTestId('time-zone-setting');
  await zone.selectOption('UTC');
  const row = page.getByRole('table').locator('tbody tr').first();
  const time = row.locator('[data-time]');
  const iso = await time.getAttribute('data-time');
  const instant = new Date(iso ?? '');
  const wallClock = (offsetHours: number) =>
    new Date(instant.getTime() + offsetHours * 3_600_000).toISOString().slice(11, 19);

  await expect(page.getByRole('columnheader', { name: /^时间（(GMT|UTC)(\+0)?）$/ })).toBeVisible();
  await expect(time).toContainText(wallClock(0));

  await zone.selectOption('Asia/Shanghai');
  await expect(page.getByRole('columnheader', { name: '时间（GMT+8）' })).toBeVisible();
  await expect(time).toContainText(wallClock(8));
  await expect(row).toHaveAttribute('data-outcome', 'ok');
  await expect(row.getByText('成功', { exact: true })).toBeVisible();

  await page.reload();
  await expect(zone).toHaveValue('Asia/Shanghai');
  await expect(time).toContainText(wallClock(8));
});

test('the kit drives Accounts in Chinese by test ids and Tencent’s values', async ({
  page,
  accountsPage,
}) => {
  await page.goto('/accounts?lang=zh-CN');
  await accountsPage.checkAccounts(['alice', 'nobody_here']);
  await expect(
    page.getByRole('heading', { name: '共 2 个账号：1 个存在，1 个缺失' }),
  ).toBeVisible();
  await expect(accountsPage.row('nobody_here')).toContainText('缺失');
  await accountsPage.choose('alice', 'AllowType', 'AllowType_Type_NeedConfirm');
  await expect(accountsPage.setting('alice', 'AllowType')).toHaveValue('需要验证');
  await expect(accountsPage.importMissing).toHaveText('导入缺失账号（1）');
});

test('the kit drives Relations of a user in Chinese; times name the zone', async ({
  page,
  relationsPage,
  friendConsole,
}) => {
  await page.goto('/relations?user=alice&lang=zh-CN');
  await page.getByTestId('time-zone-setting').selectOption('Asia/Shanghai');
  await expect(page.getByRole('columnheader', { name: '添加时间（GMT+8）' })).toBeVisible();
  await expect(relationsPage.friend('bob')).toContainText('双向');
  await relationsPage.blockFriend('bob');
  await expect(relationsPage.outcome.getByRole('heading', { name: '已拉黑 bob' })).toBeVisible();
  await expect(relationsPage.blocklist).toContainText('bob');
  await friendConsole.expectRelation('alice', 'bob', 'none');
});

test('/emulator?lang=zh-CN shows the panel in Chinese, and the kit still drives it', async ({
  page,
  emulatorPanelPage,
}) => {
  await page.goto('/emulator?lang=zh-CN');
  await expect(page.getByRole('heading', { level: 2, name: '模拟器' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '场景与状态' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '故障规则' })).toBeVisible();
  await expect(page.getByText('没有故障规则：模拟器会像腾讯一样应答。')).toBeVisible();

  await emulatorPanelPage.loadScenario('mixed-relations');
  await expect(emulatorPanelPage.outcome).toContainText('已加载 mixed-relations');
  await expect(emulatorPanelPage.scenario).toHaveValue(/混合关系/);

  await emulatorPanelPage.addFault({
    api: 'v4/sns/friend_add',
    to: 'bob',
    fault: 'ResultCode',
    value: 30006,
    times: 2,
  });
  const rule = emulatorPanelPage.faults.locator('tr[data-fault]');
  await expect(rule).toContainText('ResultCode 30006');
  await expect(rule).toContainText('0 / 2');
  await expect(emulatorPanelPage.faults.getByRole('columnheader', { name: '命中' })).toBeVisible();
  await page.screenshot({ path: 'test-results/emulator-zh-CN.png', fullPage: true });
});
