import { expect, test } from 'friend-console/testing';

test('adds a friend in the UI, then sees the relation in the matrix', async ({
  page,
  consoleClient,
  friendAddPage,
  relationMatrixPage,
}) => {
  await consoleClient.resetEmulator('demo');
  await friendAddPage.goto();
  await expect(page.getByTestId('target-badge')).toHaveText(/Emulator · SDKAppID 1400000000/);
  await page.screenshot({ path: 'test-results/screenshots/friend-add-empty.png' });

  await friendAddPage.addFriends({
    from: 'erin',
    to: ['bob', 'carol', 'dave', 'mallory', 'ghost'],
  });
  await expect(friendAddPage.resultRow('bob')).toContainText('Added');
  await expect(friendAddPage.resultRow('carol')).toContainText('Request sent, awaiting approval');
  await expect(friendAddPage.resultRow('dave')).toContainText('30516');
  await expect(friendAddPage.resultRow('ghost')).toContainText('30003');
  await page.screenshot({
    path: 'test-results/screenshots/friend-add-results.png',
    fullPage: true,
  });

  await page.getByRole('link', { name: /Relation matrix/ }).click();
  await relationMatrixPage.checkRelations(['alice', 'bob', 'carol', 'erin']);
  await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
  await expect(relationMatrixPage.cell('erin', 'bob')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_BothWay',
  );
  await expect(relationMatrixPage.cell('bob', 'erin')).toHaveAccessibleName(
    'bob → erin: friends both ways',
  );
  await expect(relationMatrixPage.cell('bob', 'carol')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_AWithB',
  );
  await expect(relationMatrixPage.cell('carol', 'bob')).toHaveAccessibleName(
    'carol → bob: only bob → carol',
  );
  await expect(relationMatrixPage.cell('erin', 'carol')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_NoRelation',
  );
  await expect(relationMatrixPage.cell('alice', 'alice')).toHaveAttribute('data-relation', 'self');
  await page.screenshot({ path: 'test-results/screenshots/relation-matrix.png', fullPage: true });
});

test('a matrix link reproduces the view and runs on load', async ({ page, relationMatrixPage }) => {
  await page.goto('/matrix?accounts=alice,bob,mallory&type=both&run=1');
  await expect(relationMatrixPage.accounts).toHaveValue('alice\nbob\nmallory');
  await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
  await expect(relationMatrixPage.cell('alice', 'bob')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_BothWay',
  );
});
