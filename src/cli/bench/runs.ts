import { RunAccepted } from '@/shared/contract/runs';

import { environment, round, runToEnd, startBenchStack } from './common';

const ITEMS = 10_000;

/**
 * 10,000 friend_add items as one server-side run, proxy and emulator each in a process of their
 * own with the rate limit on: wall time against the floor of its calls, and the database's
 * write latency while it runs. Waits on the run's event stream, not by polling.
 */
export async function runFriendAdd10k() {
  const stack = await startBenchStack({ rateLimit: true, paced: true });
  try {
    const ids = await stack.emulator.call<string[]>('seedRing', ITEMS + 1);
    const [from, ...targets] = ids;
    await stack.proxy.call('dbWriteP99');
    const started = performance.now();
    const response = await fetch(`${stack.proxy.url}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'friend_add',
        From_Account: from,
        AddFriendItem: targets.map((To_Account) => ({ To_Account })),
        AddType: 'Add_Type_Both',
        ForceAddFlags: 1,
      }),
    });
    const { id, plan } = RunAccepted.parse(await response.json());
    const summary = await runToEnd(stack.proxy.url, id);
    const wall = (performance.now() - started) / 1000;
    return {
      ...environment(),
      items: ITEMS,
      status: summary.status,
      added: summary.counts.byResultCode['0'] ?? 0,
      calls: plan.calls,
      floor_s: plan.floor_s,
      wall_s: round(wall),
      ratio: round(wall / Math.max(plan.floor_s, 0.001)),
      db_write_p99_ms: round(await stack.proxy.call<number>('dbWriteP99')),
    };
  } finally {
    await stack.stop();
  }
}
