/**
 * How another team's suite uses Friend Console: only `friend-console/testing`, the console's URL
 * as baseURL, and nothing else of ours. README: "Automation".
 */
import { expect, test } from 'friend-console/testing';

test.use({ emulatorSeed: 'mixed-relations' });

test('sets up friendships in the UI and checks them through the proxy', async ({
  friendConsole,
}) => {
  await friendConsole.expectRelation('ada', 'ben', 'both');
  await friendConsole.expectRelation('ada', 'cy', 'a-to-b');
  await friendConsole.expectRelation('ada', 'di', 'b-to-a');
  await friendConsole.expectRelation('ada', 'ed', 'none');

  const statuses = await friendConsole.addFriends({ from: 'ada', to: ['ed', 'flo'], force: true });
  expect(statuses).toEqual({ ed: 'added', flo: 'failed' });
  await friendConsole.expectRelation('ada', 'ed', 'both');

  await friendConsole.resetEmulator();
  await friendConsole.loadScenario('mixed-relations');
  await friendConsole.expectRelation('ada', 'ed', 'none');
});

test('sets up state without a browser, with the Node client', async ({ consoleClient }) => {
  await consoleClient.resetEmulator('empty');
  expect(await consoleClient.importAccounts(['qa1', 'qa2', 'qa3'])).toEqual([]);
  // New accounts need approval (contract D4); qa3 accepts anyone.
  await consoleClient.setAllowType('qa3', 'AllowAny');
  const results = await consoleClient.addFriends({ from: 'qa1', to: ['qa2', 'qa3'] });
  expect(results.map((result) => result.resultCode)).toEqual([30539, 0]);
  expect(await consoleClient.relation('qa1', 'qa3')).toBe('both');
  await consoleClient.addFault({ api: 'v4/sns/friend_add', to: 'qa2', resultCode: 30006 });
  const faulted = await consoleClient.addFriends({ from: 'qa1', to: 'qa2', force: true });
  expect(faulted[0]?.resultCode).toBe(30006);
  const calls = await consoleClient.recentCalls({ api: 'v4/sns/friend_add' });
  expect(calls[0]?.faults.length).toBe(1);
  await consoleClient.clearFaults();
  await consoleClient.deleteFriends({ from: 'qa1', to: 'qa3' });
  expect(await consoleClient.relation('qa1', 'qa3')).toBe('none');
});

test('starts a run, replays it by its Idempotency-Key and reads its items', async ({
  consoleClient,
}) => {
  await consoleClient.resetEmulator('empty');
  expect(await consoleClient.importAccounts(['qa1', 'qa2', 'qa3'])).toEqual([]);
  const body = {
    kind: 'friend_add',
    From_Account: 'qa1',
    AddFriendItem: [{ To_Account: 'qa2' }, { To_Account: 'qa3' }],
    ForceAddFlags: 1,
  };
  const idempotencyKey = `kit-example-${Date.now()}`;
  const run = await consoleClient.startRun(body, { idempotencyKey });
  // A retried request (a flaky network, a re-run CI step) gets the same run, not a second one.
  expect((await consoleClient.startRun(body, { idempotencyKey })).id).toBe(run.id);
  const summary = await consoleClient.waitForRun(run.id, { timeoutMs: 20_000 });
  expect(summary.status).toBe('done');
  const items = await consoleClient.runItems(run.id);
  expect(items.map((item) => [item.To_Account, item.state, item.ResultCode])).toEqual([
    ['qa2', 'done', 0],
    ['qa3', 'done', 0],
  ]);
  expect(await consoleClient.relation('qa1', 'qa3')).toBe('both');
});
