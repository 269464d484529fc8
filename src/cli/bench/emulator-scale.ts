import { importAccount } from '@/emulator/state';
import { startBackend } from '@/testing/start-backend';

import { environment, friendship, percentile, round } from './common';

/** 100,000 accounts and 1,000,000 friendships in memory; friend_check of 1000 accounts over HTTP. */
export async function emulatorScale() {
  const ACCOUNTS = 100_000;
  const FRIENDS_EACH = 10;
  const backend = await startBackend({ emulator: { rateLimit: false } });
  const { emulator } = backend;
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const ids = Array.from({ length: ACCOUNTS }, (_, i) => `user${i}`);
  for (const id of ids) importAccount(emulator.state, id, { allowType: 'AllowType_Type_AllowAny' });
  ids.forEach((id, i) => {
    const account = emulator.state.accounts.get(id);
    for (let k = 1; k <= FRIENDS_EACH; k += 1) {
      account?.friends.set(ids[(i + k * 7919) % ACCOUNTS] ?? '', friendship());
    }
  });
  const loadSeconds = (performance.now() - started) / 1000;
  global.gc?.();
  const rssMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

  const url = backend.signedUrl('v4/sns/friend_check');
  const durations: number[] = [];
  for (let call = 0; call < 220; call += 1) {
    const body = JSON.stringify({
      From_Account: ids[(call * 97) % ACCOUNTS],
      To_Account: Array.from({ length: 1000 }, (_, i) => ids[(call * 1000 + i * 13) % ACCOUNTS]),
      CheckType: 'CheckResult_Type_Both',
    });
    const t0 = performance.now();
    const response = await fetch(url, { method: 'POST', body });
    await response.json();
    if (call >= 20) durations.push(performance.now() - t0); // the first calls warm the JIT
  }
  await backend.stop();
  durations.sort((a, b) => a - b);
  return {
    accounts: ACCOUNTS,
    friendships: ACCOUNTS * FRIENDS_EACH,
    load_s: round(loadSeconds),
    rss_mb: Math.round(rssMb),
    p50_ms: round(percentile(durations, 50)),
    p99_ms: round(percentile(durations, 99)),
    ...environment(),
  };
}
