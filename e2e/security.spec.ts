import { expect, test } from 'friend-console/testing';

test.use({ emulatorSeed: 'demo' });

test('every screen runs under the content security policy without a console error', async ({
  page,
  relationMatrixPage,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const first = await page.goto('/add');
  expect(first?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  for (const path of ['/matrix', '/accounts', '/relations?user=alice', '/emulator', '/nowhere']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.goto('/matrix?accounts=alice,bob,mallory&type=both&run=1');
  await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
  await expect(relationMatrixPage.cell('alice', 'bob')).toHaveAttribute(
    'data-relation',
    'CheckResult_Type_BothWay',
  );
  expect(problems).toEqual([]);
});

test('another site cannot frame the console', async ({ page, baseURL }) => {
  await page.setContent(`<iframe title="framed console" src="${baseURL}/add"></iframe>`);
  // Chromium replaces a frame its policy refuses with an error page.
  await expect
    .poll(() =>
      page
        .frames()
        .find((frame) => frame !== page.mainFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
  await expect(
    page.frameLocator('iframe[title="framed console"]').getByRole('heading', { level: 1 }),
  ).toHaveCount(0);
});
