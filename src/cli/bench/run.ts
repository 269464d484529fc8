/**
 * `npm run bench`: every speed and memory figure, measured on this machine against fresh servers
 * on 127.0.0.1 in one go, printed as a table and written to bench/results.json. The emulator and
 * the proxy run in processes of their own; this process only generates load and reads figures.
 * Each benchmark runs three times; a figure is the median, with the range beside it. Never
 * asserted in tests; `npm run bench:check` compares the figures with bench/budgets.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildIfNeeded } from '../build-if-needed';
import { type Figures, repeat } from './common';
import { emulatorScale } from './emulator-scale';
import { matrixBenchmarks } from './matrix';
import { cpuPerCall, proxyOverhead } from './proxy-overhead';
import { planApply200 } from './plans';
import { runFriendAdd10k } from './runs';
import { startTime } from './start-time';

const ROUNDS = 3;
const root = process.cwd();
const results: Record<string, Figures> = {};
const step = async (name: string, run: () => Promise<Record<string, Figures>>) => {
  console.log(`… ${name} (${ROUNDS} runs)`);
  Object.assign(results, await repeat(ROUNDS, run));
};

buildIfNeeded(root);
await step('emulator_scale', async () => ({ emulator_scale: await emulatorScale() }));
await step('cpu_per_call', async () => ({ cpu_per_call: await cpuPerCall() }));
await step('proxy_overhead', async () => ({ proxy_overhead: await proxyOverhead() }));
await step('matrix, matrix_latency100, ui (browser)', () => matrixBenchmarks(join(root, 'dist')));
await step('run_friend_add_10k', async () => ({ run_friend_add_10k: await runFriendAdd10k() }));
await step('plan_apply_200', async () => ({ plan_apply_200: await planApply200() }));
await step('start', async () => ({ start: await startTime() }));

mkdirSync(join(root, 'bench'), { recursive: true });
const file = join(root, 'bench', 'results.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
for (const [name, figures] of Object.entries(results)) {
  console.log(`\n${name}`);
  const { range, ...medians } = figures;
  console.table(medians);
  if (range && Object.keys(range).length > 0) console.log('range:', JSON.stringify(range));
}
console.log(`\nWritten to ${file}`);
