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

  await page.getByRole('button', { name: 'Apply plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'In sync' })).toBeVisible({
    timeout: 30_000,
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

test.describe('Save as plan, edit, apply, undo', () => {
  test.use({ emulatorSeed: 'mixed-relations' });

  test('a matrix run saved as a plan is in sync; an edit applied and undone comes back as the same diff', async ({
    page,
    friendConsole,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/matrix?accounts=ada,ben,cy,di,ed&type=both&run=1');
    await expect(page).toHaveURL(/run=[0-9a-z-]{8,}/);
    await page.getByRole('link', { name: 'Save as plan' }).click();
    await expect(page).toHaveURL(/\/plans\?run=/);
    const editor = page.getByLabel(/Plan · JSON or YAML/);
    await expect(editor).toHaveValue(/"ada"/);
    const review = page.getByRole('button', { name: 'Review changes' });
    await review.click();
    const summary = page.getByTestId('plan-diff-summary');
    await expect(summary).toHaveText('In sync: nothing to change.');

    // The edit: exact, without ada → cy, with ben ⇄ di and ed blocking ben.
    const saved = JSON.parse(await editor.inputValue()) as PlanDocument;
    const edited = {
      ...saved,
      mode: 'exact',
      ForceAddFlags: 1,
      friends: [...(saved.friends ?? []).filter(([a, b]) => `${a}${b}` !== 'adacy'), ['ben', 'di']],
      blocks: [['ed', 'ben']],
    };
    await editor.fill(JSON.stringify(edited, null, 2));
    await review.click();
    const changes = page.getByRole('table', { name: 'Changes' });
    const kinds = () =>
      changes
        .locator('tr[data-change]')
        .evaluateAll((rows) =>
          rows.map((row) => `${row.getAttribute('data-change')} ${row.textContent}`),
        );
    await expect(changes.locator('tr[data-change]')).toHaveCount(3);
    const planned = await kinds();
    const picture = page.getByRole('table', { name: /Matrix picture of the plan/ });
    await expect(picture.getByRole('cell', { name: 'ada → cy: Delete friend' })).toBeVisible();
    await expect(picture.getByRole('cell', { name: 'ben → di: Add friend' })).toBeVisible();
    await expect(picture.getByRole('cell', { name: 'di → ben: Add friend' })).toBeVisible();
    await expect(picture.getByRole('cell', { name: 'ed → ben: Block' })).toBeVisible();
    await page.getByRole('button', { name: 'Apply plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'In sync' })).toBeVisible({
      timeout: 30_000,
    });
    await friendConsole.expectRelation('ben', 'di', 'both');
    await friendConsole.expectRelation('ada', 'cy', 'none');

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Accounts it imported stay imported');
    await dialog.getByRole('button', { name: 'Undo the run' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Undone by run' })).toBeVisible({
      timeout: 30_000,
    });
    await friendConsole.expectRelation('ada', 'cy', 'a-to-b');
    await friendConsole.expectRelation('ben', 'di', 'none');

    await review.click();
    await expect(changes.locator('tr[data-change]')).toHaveCount(3);
    expect(await kinds()).toEqual(planned);
  });
});
