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
  await expect(page.getByLabel('Cost')).toContainText(
    '300 × 300: 299 friend_check and 299 black_list_check calls',
  );
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

const MIXED = 'ada,ben,cy,di,ed,flo,gus,hal';

test.describe('mixed-relations', () => {
  test.use({ emulatorSeed: 'mixed-relations' });

  test('blocks are drawn, counted, filtered and explained; SendOut marks its row; no Make friends for them', async ({
    page,
    relationMatrixPage,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/matrix?accounts=${MIXED}&type=both&run=1`);
    await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('[data-run-status]')).toHaveAttribute('data-run-status', 'done');

    // ada blocks flo; gus blocks ada. The relation stays what friend_check said.
    const adaFlo = relationMatrixPage.cell('ada', 'flo');
    await expect(adaFlo).toHaveAttribute('data-block', 'row-blocks-column');
    await expect(adaFlo).toHaveAttribute('data-relation', 'CheckResult_Type_NoRelation');
    await expect(relationMatrixPage.cell('flo', 'ada')).toHaveAttribute(
      'data-block',
      'column-blocks-row',
    );
    await expect(relationMatrixPage.cell('ada', 'gus')).toHaveAttribute(
      'data-block',
      'column-blocks-row',
    );
    await expect(relationMatrixPage.cell('ada', 'gus')).toHaveAccessibleName(
      'ada → gus: no relation; gus blocks ada',
    );
    await expect(relationMatrixPage.cell('ada', 'ed')).not.toHaveAttribute('data-block', /.*/);
    await expect(page.getByRole('group', { name: 'Legend' })).toContainText('Blocked: 4');
    await expect(page.getByRole('rowheader', { name: /hal/ })).toHaveAttribute(
      'data-admin-forbid',
      'AdminForbid_Type_SendOut',
    );

    // After a run the inputs fold: the whole grid is on the first screen, and they unfold.
    const box = await relationMatrixPage.grid.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    // A small matrix's box is as wide as its columns, with the inspector right beside it.
    await relationMatrixPage.cell('ada', 'ben').click();
    const inspectorBox = await page.getByLabel('Selected cell').boundingBox();
    expect(box && inspectorBox && inspectorBox.x - (box.x + box.width)).toBeLessThanOrEqual(40);
    const toggle = page.getByTestId('matrix-inputs-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(relationMatrixPage.accounts).toBeHidden();

    await adaFlo.click();
    const inspector = page.getByLabel('Selected cell');
    await expect(inspector).toContainText('ada blocks flo');
    await expect(inspector).toContainText('30515');
    await expect(inspector.getByTestId('matrix-make-friends')).toHaveCount(0);
    await expect(inspector.getByRole('link', { name: 'ada’s blocklist' })).toHaveAttribute(
      'href',
      '/relations?user=ada',
    );

    await relationMatrixPage.cell('ada', 'gus').click();
    await expect(inspector).toContainText('30525');
    await expect(inspector.getByTestId('matrix-make-friends')).toHaveCount(0);
    await relationMatrixPage.cell('hal', 'ed').click();
    await expect(inspector).toContainText('AdminForbid_Type_SendOut');
    await expect(inspector.getByTestId('matrix-make-friends')).toHaveCount(0);

    // The Blocked chip shows only rows with a block; the filter lives in the URL.
    const blocked = page.getByRole('button', { name: /Blocked: 4/ });
    await blocked.click();
    await expect(blocked).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/show=blocked/);
    await expect(page.getByRole('rowheader')).toHaveText(['ada', 'flo', 'gus']);
    await page.reload();
    await expect(page.getByRole('button', { name: /Blocked: 4/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('rowheader')).toHaveText(['ada', 'flo', 'gus']);
    await page.getByRole('button', { name: /Blocked: 4/ }).click();
    await expect(page).not.toHaveURL(/show=/);
    await expect(page.getByRole('rowheader')).toHaveCount(8);

    await toggle.click();
    await expect(relationMatrixPage.accounts).toBeVisible();
    await expect(relationMatrixPage.accounts).toHaveValue(MIXED.replaceAll(',', '\n'));
  });

  test('actions use the selected cell, not the hovered one; one-way pairs offer the missing direction', async ({
    page,
    relationMatrixPage,
    friendAddPage,
  }) => {
    await page.goto(`/matrix?accounts=${MIXED}&type=both&run=1`);
    await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
    const inspector = page.getByLabel('Selected cell');
    const makeFriends = inspector.getByTestId('matrix-make-friends');

    // ada ↔ ben: friends both ways, nothing to offer.
    await relationMatrixPage.cell('ada', 'ben').click();
    await expect(makeFriends).toHaveCount(0);
    await expect(inspector).not.toContainText('ResultCode 0');
    // ada → cy only: cy's side is missing.
    await relationMatrixPage.cell('ada', 'cy').click();
    await expect(makeFriends).toHaveText('Add cy → ada (one way)');

    // di → ada only: ada's side is missing. Hover another cell: the inspector stays on ada → di.
    await relationMatrixPage.cell('ada', 'di').click();
    await relationMatrixPage.cell('gus', 'di').hover();
    await expect(page.getByTestId('matrix-hover-preview')).toContainText('gus → di');
    await expect(inspector).toContainText('ada → di');
    await makeFriends.click();
    await expect(page).toHaveURL(/\/add\?from=ada&to=di&type=single/);
    await expect(friendAddPage.from).toHaveValue('ada');
    await expect(friendAddPage.to).toHaveValue('di');
    await friendAddPage.submit.click();
    await expect(friendAddPage.resultRow('di')).toHaveAttribute('data-status', 'added');

    // The matrix now reads ada ⇄ di.
    await page.goto(`/matrix?accounts=ada,di&type=both&run=1`);
    await expect(relationMatrixPage.cell('ada', 'di')).toHaveAttribute(
      'data-relation',
      'CheckResult_Type_BothWay',
    );
  });
});
