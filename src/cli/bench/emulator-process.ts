/**
 * The bench's emulator, in its own process: the bench seeds it and reads its call log over the
 * IPC channel, so neither the seeding code nor the load generator shares its event loop.
 */
import { EmulatorEnv, startEmulatorServer } from '@/emulator/server';
import { importAccount } from '@/emulator/state';
import type { FaultRuleInput } from '@/shared/contract/emulator-control';

import { serveParent } from '../child-process';
import { type BenchEmulatorInput, type CallTally, friendship, seedAccounts } from './common';

await serveParent<BenchEmulatorInput>(async ({ rateLimit }) => {
  const running = await startEmulatorServer(
    EmulatorEnv.parse({
      EMULATOR_PORT: '0',
      EMULATOR_SEED: 'empty',
      EMULATOR_RATE_LIMIT: rateLimit ? 'on' : 'off',
    }),
  );
  const { emulator } = running;
  // Every call is tallied as the log records it: the log itself keeps only the last 1000.
  let tally = new Map<string, CallTally>();
  const record = emulator.calls.add.bind(emulator.calls);
  emulator.calls.add = (call) => {
    const time = Date.parse(call.time);
    const counted = tally.get(call.api) ?? { calls: 0, rateLimited: 0, first: time, last: time };
    counted.calls += 1;
    if (call.errorCode === 60007) counted.rateLimited += 1;
    counted.first = Math.min(counted.first, time);
    counted.last = Math.max(counted.last, time);
    tally.set(call.api, counted);
    record(call);
  };
  return {
    url: running.url,
    close: running.close,
    handlers: {
      seedRing: (count: number) => seedAccounts(emulator, count),
      /** `accounts` users with `friendsEach` friendships each; answers the time and RSS it took. */
      seedScale: (accounts: number, friendsEach: number) => {
        global.gc?.();
        const rssBefore = process.memoryUsage().rss;
        const started = performance.now();
        const ids = Array.from({ length: accounts }, (_, i) => `user${i}`);
        for (const id of ids) {
          importAccount(emulator.state, id, { allowType: 'AllowType_Type_AllowAny' });
        }
        ids.forEach((id, i) => {
          const account = emulator.state.accounts.get(id);
          for (let k = 1; k <= friendsEach; k += 1) {
            account?.friends.set(ids[(i + k * 7919) % accounts] ?? '', friendship());
          }
        });
        const loadSeconds = (performance.now() - started) / 1000;
        global.gc?.();
        return { loadSeconds, rssMb: (process.memoryUsage().rss - rssBefore) / 1024 / 1024 };
      },
      addFault: (rule: FaultRuleInput) => void emulator.faults.add(rule),
      clearCalls: () => {
        emulator.calls.clear();
        tally = new Map();
      },
      /** Calls of `api` since clearCalls, those answered 60007, and the first and last arrival. */
      countCalls: (api: string): CallTally =>
        tally.get(api) ?? { calls: 0, rateLimited: 0, first: Number.NaN, last: Number.NaN },
    },
  };
});
