/**
 * `npm run bench:check`: compares bench/results.json with the budgets in bench/budgets.json and
 * exits 1 when one is broken, so a regression is visible.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Budgets, checkBudgets } from './budgets';

const read = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'bench', name), 'utf8'));
const checks = checkBudgets(
  read('results.json') as Record<string, unknown>,
  read('budgets.json') as Budgets,
);
console.table(
  checks.map((check) => ({
    figure: check.figure,
    value: check.value ?? 'missing',
    budget: check.limit,
    status: check.ok ? 'ok' : 'BROKEN',
  })),
);
const broken = checks.filter((check) => !check.ok);
if (broken.length > 0) {
  console.error(
    `${broken.length} budget(s) broken: ${broken.map((check) => check.figure).join(', ')}`,
  );
  process.exit(1);
}
console.log('All budgets kept.');
