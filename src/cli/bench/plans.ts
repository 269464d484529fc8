import { PlanDiff, type PlanInput } from '@/shared/contract/plan';
import { RunAccepted } from '@/shared/contract/runs';

import { environment, round, runToEnd, startBenchStack } from './common';

const ACCOUNTS = 200;
/** Each account befriends the next ten: 2,000 distinct pairs. */
const NEIGHBOURS = 10;

/** 200 accounts, 2,000 friendships (every third one way), a block each for a tenth of them. */
export function benchPlan(): PlanInput {
  const id = (index: number) => `plan${(index % ACCOUNTS).toString().padStart(3, '0')}`;
  const friends: NonNullable<PlanInput['friends']> = [];
  for (let i = 0; i < ACCOUNTS; i += 1) {
    for (let k = 1; k <= NEIGHBOURS; k += 1) {
      friends.push(
        friends.length % 3 === 2
          ? [id(i), id(i + k), { direction: 'a-to-b', a: { Remark: `r${k}` } }]
          : [id(i), id(i + k)],
      );
    }
  }
  const blocks: [string, string][] = [];
  for (let i = 0; i < ACCOUNTS; i += 10) blocks.push([id(i), id(i + ACCOUNTS / 2)]);
  return {
    ForceAddFlags: 1,
    accounts: Array.from({ length: ACCOUNTS }, (_, i) => id(i)),
    friends,
    blocks,
  };
}

/**
 * `plan_apply_200`: the plan above applied to an empty emulator (rate limit on, proxy paced):
 * the diff's read time, the run's wall time against the floor of its calls (the reads before
 * and the verification after included), and whether it ended in sync.
 */
export async function planApply200() {
  const stack = await startBenchStack({ rateLimit: true, paced: true });
  try {
    const plan = benchPlan();
    const post = (path: string, body: unknown) =>
      fetch(`${stack.proxy.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const diffStarted = performance.now();
    const diff = PlanDiff.parse(await (await post('/api/plans/diff', plan)).json());
    const diffSeconds = (performance.now() - diffStarted) / 1000;
    const started = performance.now();
    const { id, plan: calls } = RunAccepted.parse(
      await (await post('/api/runs', { kind: 'plan', plan })).json(),
    );
    const summary = await runToEnd(stack.proxy.url, id);
    const wall = (performance.now() - started) / 1000;
    return {
      ...environment(),
      accounts: ACCOUNTS,
      friendships: plan.friends?.length ?? 0,
      changes: diff.total,
      status: summary.status,
      // A number, so bench:check can hold it to a budget (1: in sync).
      in_sync: summary.verification?.in_sync ? 1 : 0,
      diff_s: round(diffSeconds),
      calls: calls.calls,
      floor_s: calls.floor_s,
      wall_s: round(wall),
      ratio: round(wall / Math.max(calls.floor_s, 0.001)),
    };
  } finally {
    await stack.stop();
  }
}
