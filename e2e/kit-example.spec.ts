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
