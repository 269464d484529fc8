/**
 * `npm run bench`: every speed and memory figure, measured on this machine against fresh servers
 * on 127.0.0.1 in one go, printed as a table and written to bench/results.json. Never asserted in
 * tests; `npm run bench:check` compares the figures with bench/budgets.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildIfNeeded } from '../build-if-needed';
import { emulatorScale } from './emulator-scale';
import { matrixBenchmarks } from './matrix';
import { proxyOverhead } from './proxy-overhead';
import { startTime } from './start-time';

const root = process.cwd();
const results: Record<string, Record<string, unknown>> = {};
const step = async (name: string, run: () => Promise<Record<string, Record<string, unknown>>>) => {
  console.log(`… ${name}`);
  Object.assign(results, await run());
};

buildIfNeeded(root);
// First, while the process is fresh: its RSS growth is the store's alone.
await step('emulator_scale', async () => ({ emulator_scale: await emulatorScale() }));
await step('matrix, matrix_latency100, ui (browser)', () => matrixBenchmarks(join(root, 'dist')));
await step('proxy_overhead', async () => ({ proxy_overhead: await proxyOverhead() }));
await step('start', async () => ({ start: await startTime() }));

mkdirSync(join(root, 'bench'), { recursive: true });
const file = join(root, 'bench', 'results.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
for (const [name, figures] of Object.entries(results)) {
  console.log(`\n${name}`);
  console.table(figures);
}
console.log(`\nWritten to ${file}`);
