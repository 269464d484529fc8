import { Agent, request } from 'node:http';

import { environment, percentile, round, startBenchStack } from './common';

const ACCOUNTS = 100_000;
const FRIENDS_EACH = 10;

/**
 * 100,000 accounts and 1,000,000 friendships in the emulator's process; friend_check of 1000
 * accounts over HTTP from this one, one call at a time. The load generator is node:http on one
 * kept-alive socket, reading the answer without decoding it: `fetch` (web streams) added 1–1.7 ms
 * of the generator's own time to each call on a 2-core machine, a quarter of the figure.
 */
export async function emulatorScale() {
  const stack = await startBenchStack({ rateLimit: false, paced: false });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const { loadSeconds, rssMb } = await stack.emulator.call<{
      loadSeconds: number;
      rssMb: number;
    }>('seedScale', ACCOUNTS, FRIENDS_EACH);
    const url = new URL(stack.signedUrl('v4/sns/friend_check'));
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
      await post(url, agent, body);
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
    agent.destroy();
    await stack.stop();
  }
}

/** One POST, resolved when the whole answer has arrived; a status other than 200 rejects. */
function post(url: URL, agent: Agent, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (answer) => {
        if (answer.statusCode !== 200)
          reject(new Error(`friend_check answered ${answer.statusCode}`));
        answer.on('data', () => undefined);
        answer.on('end', resolve);
        answer.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}
