import { expect, test } from 'friend-console/testing';

function localDay(offsetDays = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A done item shows its own outcome, any but not_sent and unknown; the others show their state. */
function shownStatus(state: string): string | RegExp {
  return state === 'done' ? /^(?!not_sent$|unknown$)/ : state;
}

test('a reload mid-run warns, reattaches, and the run finishes on screen', async ({
  page,
  consoleClient,
  friendAddPage,
}) => {
  // Slow adds, so that the run is still going when the page leaves.
  await consoleClient.addFault({ api: 'v4/sns/friend_add', from: 'alice', latencyMs: 6000 });
  await friendAddPage.goto();
  await friendAddPage.addFriends({ from: 'alice', to: ['carol', 'dave', 'erin'], force: true });
  const run = await friendAddPage.runId();
  const status = page.getByRole('region', { name: 'Run status' });
  await expect(status).toContainText('Running');
  await expect(friendAddPage.resultRow('carol')).toContainText(/Sending|Waiting/);
  await page.screenshot({ path: 'test-results/screenshots/friend-add-running-1366.png' });

  // Another screen: the console says the run goes on and how to come back.
  await page.getByRole('link', { name: /History/ }).click();
  const leave = page.getByRole('dialog', { name: 'This run keeps going on the server' });
  await expect(leave).toContainText(`/add?run=${run}`);
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(new RegExp(`/add\\?run=${run}`));

  // A reload: the browser asks first; afterwards the tab follows the same run to its end.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByRole('region', { name: 'Run status' })).toBeVisible();
  await expect(friendAddPage.resultRow('carol')).toContainText('Added', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Done');
  await expect(friendAddPage.from).toHaveValue('alice');
  expect((await consoleClient.waitForRun(run)).counts.byResultCode).toEqual({ '0': 3 });
  await page.screenshot({
    path: 'test-results/screenshots/friend-add-finished-1366.png',
    fullPage: true,
  });
});

test('Cancel ends the run as cancelled, and every row says which state it ended in', async ({
  page,
  consoleClient,
  friendAddPage,
}) => {
  await consoleClient.addFault({ api: 'v4/sns/friend_add', from: 'erin', latencyMs: 4000 });
  await friendAddPage.goto();
  await friendAddPage.addFriends({ from: 'erin', to: ['bob', 'alice'], force: true });
  const run = await friendAddPage.runId();
  await friendAddPage.cancel.click();
  const status = page.getByRole('region', { name: 'Run status' });
  await expect(status).toContainText('Cancelled', { timeout: 20_000 });
  const summary = await consoleClient.waitForRun(run);
  expect(summary.status).toBe('cancelled');
  await expect(status).toContainText(
    `${summary.counts.done} done, ${summary.counts.not_sent} not sent, ${summary.counts.unknown} unknown`,
  );
  const items = await consoleClient.runItems(run);
  for (const item of items) {
    await expect(friendAddPage.resultRow(item.To_Account)).toHaveAttribute(
      'data-status',
      shownStatus(item.state),
    );
  }
  await page.screenshot({
    path: 'test-results/screenshots/friend-add-cancelled-1366.png',
    fullPage: true,
  });
});

test('a friend deletion is found in History by account, by operator and by date', async ({
  page,
  consoleClient,
}) => {
  await consoleClient.addFriends({ from: 'alice', to: 'dave', force: true });
  await consoleClient.deleteFriends({ from: 'alice', to: 'dave' });

  await page.goto('/history?account=dave');
  const entries = page.getByRole('table', { name: 'History entries' });
  const deletion = entries.getByRole('row').nth(1);
  await expect(deletion).toContainText('friend_delete');
  await expect(deletion).toContainText('alice');
  await expect(deletion).toContainText('OK');
  const operator = (await deletion.getByRole('cell').nth(1).textContent())?.split(' · ')[0] ?? '';
  expect(operator).not.toBe('');

  const filters = page.getByRole('form', { name: 'History filters' });
  await filters.getByLabel('Operator', { exact: false }).fill(operator);
  await filters.getByLabel('API', { exact: true }).and(page.locator('input')).click();
  await page.getByRole('option', { name: 'friend_delete', exact: true }).click();
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/operator=/);
  await expect(entries.getByRole('row').nth(1)).toContainText('friend_delete');

  // The form takes its values from the URL once the last Show has landed there; under load that
  // can come after the date was typed, so type and show again until the URL carries the date.
  await expect(async () => {
    await filters.getByLabel('From date', { exact: false }).fill(localDay());
    await filters.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(new RegExp(`since=${localDay()}`), { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(entries.getByRole('row').nth(1)).toContainText('friend_delete');
  await page.screenshot({ path: 'test-results/screenshots/history-1366.png', fullPage: true });

  await page.goto(`/history?account=dave&until=${localDay(-1)}`);
  await expect(page.getByText('0 entries')).toBeVisible();
});
