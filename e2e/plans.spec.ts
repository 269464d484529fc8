import { fileURLToPath } from 'node:url';

import { expect, planMethods, type PlanDocument, test } from 'friend-console/testing';

const MIXED = fileURLToPath(new URL('../plans/mixed-relations.json', import.meta.url));

test.use({ emulatorSeed: 'empty' });

test('Plans: upload a plan, review the changes, apply it and see in sync', async ({
  page,
  baseURL,
  friendConsole,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/plans');
  await page.locator('input[type="file"]').setInputFiles(MIXED);
  await expect(page.getByLabel(/Plan · JSON or YAML/)).toHaveValue(/"UserID": "ada"/);
  await page.getByRole('button', { name: 'Review changes' }).click();
  const changes = page.getByRole('table', { name: 'Changes' });
  await expect(changes.locator('tr[data-change="import"]')).toHaveCount(8);
  await expect(changes.locator('tr[data-change="block"]')).toHaveCount(2);
  await expect(page.getByTestId('plan-diff-summary')).toContainText('changes in');
  await changes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/plans-diff-1366.png' });

  await page.getByRole('button', { name: 'Apply plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'In sync' })).toBeVisible({
    timeout: 30_000,
  });
  await page.screenshot({
    path: 'test-results/screenshots/plans-in-sync-1366.png',
    fullPage: true,
  });

  await friendConsole.expectRelation('ada', 'ben', 'both');
  await friendConsole.expectRelation('ada', 'cy', 'a-to-b');
  await friendConsole.expectRelation('ada', 'di', 'b-to-a');

  // The kit sees the same: nothing left to change, and applying again is in sync at once.
  const plans = planMethods({ baseUrl: baseURL ?? '' });
  const plan = (await import(MIXED, { with: { type: 'json' } })).default as PlanDocument;
  expect((await plans.diffPlan(plan)).total).toBe(0);
  const run = await plans.applyPlan(plan);
  expect(run.verification?.in_sync).toBe(true);
  expect(run.plan.calls).toBe(0);
});
