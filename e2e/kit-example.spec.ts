/**
 * How another team's suite uses Friend Console: only `friend-console/testing`, the console's URL
 * as baseURL, and nothing else of ours. README: "Automation".
 */
import { expect, test, uniqueAccounts } from 'friend-console/testing';

test.describe('from a known scenario', () => {
  test.use({ emulatorSeed: 'mixed-relations' });

  test('sets up friendships in the UI and checks them through the proxy', async ({
    friendConsole,
  }) => {
    await friendConsole.expectRelation('ada', 'ben', 'both');
    await friendConsole.expectRelation('ada', 'cy', 'a-to-b');
    await friendConsole.expectRelation('ada', 'di', 'b-to-a');
    await friendConsole.expectRelation('ada', 'ed', 'none');

    // Already friends both ways, and only ada's side: the results table's words.
    expect(await friendConsole.addFriends({ from: 'ada', to: ['ben', 'cy'] })).toEqual({
      ben: 'exists',
      cy: 'one_way',
    });

    const statuses = await friendConsole.addFriends({
      from: 'ada',
      to: ['ed', 'flo'],
      force: true,
    });
    expect(statuses).toEqual({ ed: 'added', flo: 'failed' });
    await friendConsole.expectRelation('ada', 'ed', 'both');

    await friendConsole.resetEmulator();
    await friendConsole.loadScenario('mixed-relations');
    await friendConsole.expectRelation('ada', 'ed', 'none');
  });

  // The page objects find controls by Tencent field names, wire values, roles and test ids, so
  // the same journey runs whatever language the console speaks.
  test('runs the same journey in Chinese (?lang=zh-CN)', async ({
    page,
    friendConsole,
    consoleClient,
    relationMatrixPage,
    accountsPage,
    relationsPage,
    emulatorPanelPage,
  }) => {
    await page.goto('/?lang=zh-CN');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'zh-CN');

    expect(await friendConsole.addFriends({ from: 'ada', to: ['ed', 'flo'], force: true })).toEqual(
      { ed: 'added', flo: 'failed' },
    );
    expect(await friendConsole.addFriends({ from: 'ben', to: ['di'], type: 'single' })).toEqual({
      di: 'added',
    });
    await expect(html).toHaveAttribute('lang', 'zh-CN');
    await friendConsole.expectRelation('ben', 'di', 'a-to-b');

    await relationMatrixPage.goto();
    await relationMatrixPage.checkRelations(['ada', 'ben', 'cy', 'di', 'ed']);
    await expect(relationMatrixPage.grid).toHaveAttribute('aria-busy', 'false');
    const relations = {
      'ada ed': 'CheckResult_Type_BothWay',
      'ada cy': 'CheckResult_Type_AWithB',
      'ada di': 'CheckResult_Type_BWithA',
      'ben di': 'CheckResult_Type_AWithB',
      'cy ed': 'CheckResult_Type_NoRelation',
    };
    for (const [pair, relation] of Object.entries(relations)) {
      const [from = '', to = ''] = pair.split(' ');
      await expect(relationMatrixPage.cell(from, to)).toHaveAttribute('data-relation', relation);
    }

    await accountsPage.goto();
    await accountsPage.checkAccounts(['cy', 'nobody_here']);
    await expect(accountsPage.row('cy')).toBeVisible();
    await expect(accountsPage.importMissing).toBeEnabled();
    await accountsPage.choose('cy', 'AllowType', 'AllowType_Type_AllowAny');
    await expect
      .poll(async () => {
        const answer = await consoleClient.callOk('v4/profile/portrait_get', {
          To_Account: ['cy'],
          TagList: ['Tag_Profile_IM_AllowType'],
        });
        return JSON.stringify(answer.UserProfileItem);
      })
      .toContain('AllowType_Type_AllowAny');

    await relationsPage.goto('ada');
    await relationsPage.blockFriend('ben');
    await expect(relationsPage.blocklist.locator('tr[data-account="ben"]')).toBeVisible();
    await friendConsole.expectRelation('ada', 'ben', 'none');
    await relationsPage.unblock('ben');
    await expect(relationsPage.blocklist.locator('tr[data-account="ben"]')).toHaveCount(0);
    await relationsPage.deleteFriend('cy', 'single');
    await friendConsole.expectRelation('ada', 'cy', 'none');

    await emulatorPanelPage.goto();
    await emulatorPanelPage.loadScenario('mixed-relations');
    await friendConsole.expectRelation('ada', 'cy', 'a-to-b');
    await expect(html).toHaveAttribute('lang', 'zh-CN');
  });
});

// No reset: each test makes its own accounts, so parallel workers can share one emulator.
test.describe('on a shared emulator', () => {
  test.use({ emulatorSeed: false });

  test('sets up state without a browser, with the Node client', async ({ consoleClient }) => {
    const [from = '', needsApproval = '', acceptsAnyone = ''] = uniqueAccounts('qa', 3);
    expect(await consoleClient.importAccounts([from, needsApproval, acceptsAnyone])).toEqual([]);
    // New accounts need approval (contract D4); acceptsAnyone accepts anyone.
    await consoleClient.setAllowType(acceptsAnyone, 'AllowAny');
    const results = await consoleClient.addFriends({ from, to: [needsApproval, acceptsAnyone] });
    expect(results.map((result) => result.resultCode)).toEqual([30539, 0]);
    expect(await consoleClient.relation(from, acceptsAnyone)).toBe('both');
    const fault = await consoleClient.addFault({
      api: 'v4/sns/friend_add',
      to: needsApproval,
      resultCode: 30006,
    });
    const faulted = await consoleClient.addFriends({ from, to: needsApproval, force: true });
    expect(faulted[0]?.resultCode).toBe(30006);
    const calls = await consoleClient.recentCalls({ api: 'v4/sns/friend_add' });
    expect(calls.find((call) => call.from === from)?.faults.length).toBe(1);
    // removeFault, not clearFaults: the rules of workers running beside this one stay.
    await consoleClient.removeFault(fault.id);
    await expect(consoleClient.removeFault(fault.id)).rejects.toThrow(/HTTP 404/);
    await consoleClient.deleteFriends({ from, to: acceptsAnyone });
    expect(await consoleClient.relation(from, acceptsAnyone)).toBe('none');
  });

  test('starts a run, replays it by its Idempotency-Key and reads its items', async ({
    consoleClient,
  }) => {
    const [from = '', ...to] = uniqueAccounts('qa', 3);
    expect(await consoleClient.importAccounts([from, ...to])).toEqual([]);
    const body = {
      kind: 'friend_add',
      From_Account: from,
      AddFriendItem: to.map((To_Account) => ({ To_Account })),
      ForceAddFlags: 1,
    };
    const idempotencyKey = `kit-example-${from}`;
    const run = await consoleClient.startRun(body, { idempotencyKey });
    // A retried request (a flaky network, a re-run CI step) gets the same run, not a second one.
    expect((await consoleClient.startRun(body, { idempotencyKey })).id).toBe(run.id);
    const summary = await consoleClient.waitForRun(run.id, { timeoutMs: 20_000 });
    expect(summary.status).toBe('done');
    const items = await consoleClient.runItems(run.id);
    expect(items.map((item) => [item.To_Account, item.state, item.ResultCode])).toEqual(
      to.map((account) => [account, 'done', 0]),
    );
    expect(await consoleClient.relation(from, to[1] ?? '')).toBe('both');
  });
});
