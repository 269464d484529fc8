/**
 * `npm run bench`: speed and memory figures, measured on this machine against fresh servers on
 * 127.0.0.1, printed as a table and merged into bench/results.json. Never asserted in tests.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { createEmulator } from '@/emulator/create-emulator';
import { importAccount } from '@/emulator/state';
import { listen } from '@/shared/node/listen';
import { tencentUrl } from '@/shared/node/tencent-url';
import { genUserSig } from '@/shared/node/user-sig';

const RESULTS = join(process.cwd(), 'bench', 'results.json');
const environment = () => ({
  node: process.version,
  cpus: cpus().length,
  measuredAt: new Date().toISOString(),
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** 100,000 accounts and 1,000,000 friendships in memory; friend_check of 1000 accounts over HTTP. */
async function emulatorScale() {
  const ACCOUNTS = 100_000;
  const FRIENDS_EACH = 10;
  const key = 'bench-key';
  const emulator = createEmulator({ secretKey: key, rateLimit: false });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const ids = Array.from({ length: ACCOUNTS }, (_, i) => `user${i}`);
  for (const id of ids) importAccount(emulator.state, id, { allowType: 'AllowType_Type_AllowAny' });
  for (let i = 0; i < ACCOUNTS; i += 1) {
    const account = emulator.state.accounts.get(ids[i]!)!;
    for (let k = 1; k <= FRIENDS_EACH; k += 1) {
      account.friends.set(ids[(i + k * 7919) % ACCOUNTS]!, {
        remark: '',
        groups: [],
        addSource: 'AddSource_Type_Bench',
        addWording: '',
        addTime: 0,
        custom: {},
      });
    }
  }
  const loadSeconds = (performance.now() - started) / 1000;
  global.gc?.();
  const rssMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

  const server = await listen(emulator.app.fetch);
  const userSig = genUserSig({
    sdkAppId: 1400000000,
    secretKey: key,
    identifier: 'administrator',
    expireSeconds: 3600,
    issuedAt: Math.floor(Date.now() / 1000),
  });
  const url = tencentUrl(server.url, 'v4/sns/friend_check', {
    sdkAppId: 1400000000,
    identifier: 'administrator',
    userSig,
  });
  const durations: number[] = [];
  for (let call = 0; call < 220; call += 1) {
    const from = ids[(call * 97) % ACCOUNTS];
    const to = Array.from({ length: 1000 }, (_, i) => ids[(call * 1000 + i * 13) % ACCOUNTS]);
    const body = JSON.stringify({
      From_Account: from,
      To_Account: to,
      CheckType: 'CheckResult_Type_Both',
    });
    const t0 = performance.now();
    const response = await fetch(url, { method: 'POST', body });
    await response.json();
    if (call >= 20) durations.push(performance.now() - t0); // the first calls warm the JIT
  }
  await server.close();
  durations.sort((a, b) => a - b);
  return {
    accounts: ACCOUNTS,
    friendships: ACCOUNTS * FRIENDS_EACH,
    load_s: Number(loadSeconds.toFixed(2)),
    rss_mb: Math.round(rssMb),
    friend_check_1000_p50_ms: Number(percentile(durations, 50).toFixed(2)),
    friend_check_1000_p99_ms: Number(percentile(durations, 99).toFixed(2)),
    ...environment(),
  };
}

const results: Record<string, unknown> = existsSync(RESULTS)
  ? JSON.parse(readFileSync(RESULTS, 'utf8'))
  : {};
results.emulator_scale = await emulatorScale();
mkdirSync(join(process.cwd(), 'bench'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
for (const [name, figures] of Object.entries(results)) {
  console.log(`\n${name}`);
  console.table(figures);
}
console.log(`\nWritten to ${RESULTS}`);
