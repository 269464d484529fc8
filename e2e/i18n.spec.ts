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

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/i18n-zh-${name}-1366.png`, fullPage: true });

test('in zh-CN, Add friends and the matrix explain 30539, 30515 and 30003 in Chinese and keep Tencent’s field names', async ({
  page,
  friendAddPage,
  relationMatrixPage,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/add?lang=zh-CN');
  await expect(page).toHaveTitle('添加好友 · Friend Console');
  // Labels keep Tencent's field names and enum values.
  await expect(page.getByText('来源账号 · From_Account')).toBeVisible();
  await expect(page.getByText('强制添加 · ForceAddFlags')).toBeVisible();
  await expect(page.getByText('来源 · AddSource')).toBeVisible();
  await expect(page.getByText(/Add_Type_Both/)).toBeVisible();
  await shot(page, 'add-empty');

  // Check first labels each row before anything is written.
  await friendAddPage.from.fill('alice');
  await friendAddPage.to.fill(['erin', 'carol', 'mallory', 'ghost'].join('\n'));
  await page.getByRole('button', { name: '先检查' }).click();
  const rows = page.getByRole('region', { name: '待添加的行' });
  await expect(rows.getByRole('row', { name: /carol/ })).toContainText('将等待对方验证');
  await expect(rows.getByRole('row', { name: /mallory/ })).toContainText('存在拉黑');
  await expect(rows.getByRole('row', { name: /ghost/ })).toContainText('账号不存在');
  await shot(page, 'add-filled');

  // erin is added, carol awaits approval (30539), mallory is on alice's blocklist (30515),
  // ghost does not exist (30003): each group says so in Chinese, from the errors catalogue.
  await friendAddPage.addFriends({ from: 'alice', to: ['erin', 'carol', 'mallory', 'ghost'] });
  await expect(friendAddPage.resultRow('carol')).toHaveAttribute('data-status', 'pending');
  const groups = page.getByRole('list', { name: '结果分组' });
  const group = (code: string) => groups.locator(`[data-group="code:${code}"]`);
  await expect(group('30539')).toContainText('30539 · 等待对方验证 · 1 个账号');
  await expect(group('30539')).toContainText('加好友请求已发出，等待对方同意。');
  await expect(group('30515')).toContainText('30515 · 在 From_Account 的黑名单中 · 1 个账号');
  await expect(group('30515')).toContainText(
    '请求添加好友时，对方在自己（From_Account）的黑名单中，不允许加好友。',
  );
  await expect(group('30003')).toContainText('30003 · 账号不存在 · 1 个账号');
  await expect(group('30003')).toContainText('请求的用户账号不存在。');
  await expect(group('30003')).toContainText('下一步：导入该账号（account_import）后重试。');
  await expect(friendAddPage.resultRow('carol')).toContainText('已发送请求，等待对方验证');
  await expect(friendAddPage.resultRow('erin')).toContainText('已添加');
  await expect(page.getByRole('status', { name: '运行结果' })).toContainText(
    '运行结束。已添加：1，已发送请求，等待对方验证：1，失败：2。',
  );
  await shot(page, 'add-results');

  // Undo names what it deletes, in Chinese, with Tencent's DeleteType.
  await page.getByRole('button', { name: '撤销这一批（1）' }).click();
  const dialog = page.getByRole('dialog', { name: '撤销这一批？' });
  await expect(dialog).toContainText('friend_delete 将删除本次运行为 alice 建立的 1 个好友关系');
  await expect(dialog).toContainText('双向删除：1 个 · Delete_Type_Both');
  await shot(page, 'add-undo-dialog');
  await dialog.getByRole('button', { name: '删除 1 个好友关系' }).click();
  await expect(page.getByText('已撤销：删除了 1 个好友关系')).toBeVisible();
  await expect(friendAddPage.resultRow('erin')).toContainText('已撤销');
  await shot(page, 'add-undone');

  // The matrix explains the same block in Chinese, with 30515.
  await page.goto('/matrix?accounts=alice,mallory,carol,ghost&type=both&run=1&lang=zh-CN');
  await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
  await relationMatrixPage.cell('alice', 'mallory').click();
  const inspector = page.getByLabel('选中的单元格');
  await expect(inspector).toContainText('alice 拉黑了 mallory');
  await expect(inspector).toContainText('以 alice 身份添加 mallory 会返回 30515');
  await shot(page, 'matrix-blocked');
  // ghost is not imported: its cells fail with 30003, explained from the Chinese catalogue.
  await relationMatrixPage.cell('alice', 'ghost').click();
  await expect(inspector).toContainText('30003');
  await expect(inspector).toContainText('请求的用户账号不存在。');
});
