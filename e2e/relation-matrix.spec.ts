import { expect, test } from 'friend-console/testing';

test('an injected failure marks its row as failed with the explanation, and "Check again" fixes it', async ({
  page,
  consoleClient,
  relationMatrixPage,
}) => {
  // A per-item failure: a whole-call 60007 would be absorbed and resent by the run.
  await consoleClient.addFault({
    api: 'v4/sns/friend_check',
    from: 'bob',
    to: 'carol',
    resultCode: 30006,
    times: 1,
  });
  await page.goto('/matrix?accounts=alice,bob,carol,dave,erin,mallory&type=both&run=1');
  await expect(page).toHaveURL(/run=[0-9a-z-]{8,}/);
  await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
  await expect(relationMatrixPage.cell('bob', 'carol')).toHaveAttribute('data-relation', 'failed');
  await expect(relationMatrixPage.cell('alice', 'bob')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_BothWay',
  );
  await relationMatrixPage.cell('bob', 'carol').click();
  const inspector = page.getByLabel('Selected cell');
  await expect(inspector).toContainText('ResultCode 30006');
  await expect(inspector).toContainText('Next step');
  await page.screenshot({ path: 'test-results/screenshots/relation-matrix-failure.png' });

  // The run URL shows the same stored matrix after a reload.
  await page.reload();
  await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
  await expect(relationMatrixPage.cell('bob', 'carol')).toHaveAttribute('data-relation', 'failed');
  await expect(relationMatrixPage.cell('alice', 'bob')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_BothWay',
  );
  await page.screenshot({ path: 'test-results/screenshots/relation-matrix-run-url-1366.png' });
  await relationMatrixPage.cell('bob', 'carol').click();

  await inspector.getByRole('button', { name: 'Check again' }).click();
  await expect(relationMatrixPage.cell('bob', 'carol')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_AWithB',
  );
  await expect(relationMatrixPage.cell('carol', 'bob')).toHaveAccessibleName(
    'carol → bob: only bob → carol',
  );
  await expect(page.getByLabel('Legend')).toContainText('Check failed: 0');
});

test('a 300×300 matrix renders, and a far cell can be scrolled to and inspected', async ({
  page,
  consoleClient,
  relationMatrixPage,
}) => {
  const accounts = Array.from({ length: 300 }, (_, i) => `qa${String(i).padStart(3, '0')}`);
  expect(await consoleClient.importAccounts(accounts)).toEqual([]);
  // A diagonal band of friendships, and a one-way pair at the far corner.
  for (let i = 0; i < accounts.length - 1; i += 1) {
    await consoleClient.addFriends({ from: accounts[i]!, to: accounts[i + 1]!, force: true });
  }
  await consoleClient.addFriends({ from: 'qa299', to: 'qa000', type: 'single', force: true });

  await page.goto(`/matrix?accounts=${accounts.join(',')}&type=both&run=1`);
  await expect(page.getByLabel('Cost')).toContainText('300 × 300: 299 friend_check calls');
  await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.getByLabel('Legend')).toContainText('Same account: 300');
  await page.screenshot({ path: 'test-results/screenshots/relation-matrix-300.png' });

  // Keyboard: Ctrl+End goes to the far corner, scrolling it into view.
  await relationMatrixPage.cell('qa000', 'qa000').click();
  // A keyboard user: the pointer, left over the grid, would make the cell under it the inspected one.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Control+End');
  const corner = relationMatrixPage.cell('qa299', 'qa299');
  await expect(corner).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const far = relationMatrixPage.cell('qa299', 'qa000');
  await expect(far).toBeFocused();
  await expect(far).toHaveAttribute('data-relation', 'CheckResult_Type_AWithB');
  await expect(page.getByLabel('Selected cell')).toContainText('qa299 → qa000');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await expect(relationMatrixPage.cell('qa000', 'qa299')).toBeFocused();
  await expect(relationMatrixPage.cell('qa000', 'qa299')).toHaveAccessibleName(
    'qa000 → qa299: only qa299 → qa000',
  );
  await expect(relationMatrixPage.cell('qa150', 'qa151')).toHaveCount(0);

  // Scrolling by hand renders the middle of the matrix.
  await relationMatrixPage.grid.evaluate((grid) => grid.scrollTo(150 * 36, 150 * 30));
  await expect(relationMatrixPage.cell('qa150', 'qa151')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_BothWay',
  );
  await page.screenshot({ path: 'test-results/screenshots/relation-matrix-300-scrolled.png' });
});
