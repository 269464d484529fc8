import { environment, percentile, round, startBenchStack } from './common';

const ACCOUNTS = 100_000;
const FRIENDS_EACH = 10;

/**
 * 100,000 accounts and 1,000,000 friendships in the emulator's process; friend_check of 1000
 * accounts over HTTP from this one, one call at a time.
 */
export async function emulatorScale() {
  const stack = await startBenchStack({ rateLimit: false, paced: false });
  try {
    const { loadSeconds, rssMb } = await stack.emulator.call<{
      loadSeconds: number;
      rssMb: number;
    }>('seedScale', ACCOUNTS, FRIENDS_EACH);
    const url = stack.signedUrl('v4/sns/friend_check');
    const durations: number[] = [];
    for (let call = 0; call < 220; call += 1) {
      const body = JSON.stringify({
        From_Account: `user${(call * 97) % ACCOUNTS}`,
        To_Account: Array.from(
          { length: 1000 },
          (_, i) => `user${(call * 1000 + i * 13) % ACCOUNTS}`,
        ),
        CheckType: 'CheckResult_Type_Both',
      });
      const t0 = performance.now();
      const response = await fetch(url, { method: 'POST', body });
      await response.text();
      if (call >= 20) durations.push(performance.now() - t0); // the first calls warm the JIT
    }
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
  } finally {
    await stack.stop();
  }
}
