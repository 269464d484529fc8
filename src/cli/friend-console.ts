/**
 * `friend-console plan diff|apply <plan.json|plan.yaml> [--url URL] [--token TOKEN] [--json]`.
 * Exit codes: 0 in sync (diff: nothing to change; apply: the run ended in sync), 1 not in sync,
 * 2 a bad command line or plan, or a console that refused or could not be reached.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { describePlanProblems, parsePlanText } from '@/shared/lib/plan-text';
import { ConsoleApiError } from '@/testing/kit/console-client';
import {
  describeChanges,
  type PlanChanges,
  type PlanDocument,
  planMethods,
  PlanNotInSyncError,
  type PlanRunResult,
} from '@/testing/kit/plans';

const USAGE = `Usage: friend-console plan diff|apply <plan.json|plan.yaml> [options]

  --url URL       the console (default $FRIEND_CONSOLE_URL or http://127.0.0.1:8080)
  --token TOKEN   its AUTH_TOKEN (default $FRIEND_CONSOLE_TOKEN)
  --json          print JSON instead of a table
  --timeout SEC   how long apply waits for the run (default 600)

Exit code 0 only when the accounts are in sync with the plan; 1 when they are not; 2 on errors.`;

export async function main(argv: string[], env = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean', default: false },
        timeout: { type: 'string', default: '600' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [noun, verb, file] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (noun !== 'plan' || (verb !== 'diff' && verb !== 'apply') || !file || positionals.length > 3) {
    console.error(USAGE);
    return 2;
  }
  const timeoutSeconds = Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    console.error(`--timeout must be a number of seconds above 0; got ${values.timeout}`);
    return 2;
  }

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const plan = parsePlanText(text);
  if (!plan.ok) {
    console.error(`${file} is not a valid plan:\n${describePlanProblems(plan.problems)}`);
    return 2;
  }
  // The console validates again; send the plan as written, with its defaults filled in.
  const document = plan.plan as PlanDocument;
  const methods = planMethods({
    baseUrl: values.url ?? env.FRIEND_CONSOLE_URL ?? 'http://127.0.0.1:8080',
    token: values.token ?? env.FRIEND_CONSOLE_TOKEN,
  });

  try {
    if (verb === 'diff') {
      const diff = await methods.diffPlan(document);
      if (values.json) console.log(JSON.stringify(diff, null, 2));
      else {
        console.log(changeTable(diff.changes));
        console.log(
          diff.total === 0
            ? 'In sync: nothing to change.'
            : `${diff.total} change${diff.total === 1 ? '' : 's'} in ${diff.calls} calls, at least ${diff.floor_s} s at the rate limits.`,
        );
      }
      return diff.total === 0 ? 0 : 1;
    }
    let run: PlanRunResult;
    try {
      run = await methods.applyPlan(document, { timeoutMs: timeoutSeconds * 1000 });
    } catch (error) {
      if (!(error instanceof PlanNotInSyncError)) throw error;
      run = error.run;
    }
    const inSync = run.status === 'done' && run.verification?.in_sync === true;
    if (values.json) console.log(JSON.stringify(run, null, 2));
    else {
      console.log(
        `run ${run.id}: ${run.status}, ${run.plan.calls} calls, ${run.counts.items} items (${run.counts.done} answered, ${run.counts.not_sent} not sent, ${run.counts.unknown} unknown)`,
      );
      if (inSync) console.log('In sync.');
      else {
        if (run.reason) console.log(`Stopped: ${run.reason}`);
        if (run.verification?.error) console.log(`Could not verify: ${run.verification.error}`);
        if (run.verification) {
          console.log('Not in sync; still different:');
          console.log(changeTable(run.verification.remaining));
        } else console.log('Not in sync: the run did not finish its calls.');
      }
    }
    return inSync ? 0 : 1;
  } catch (error) {
    if (error instanceof ConsoleApiError) {
      const body = error.body as { errors?: { field: string; message: string }[] } | undefined;
      console.error(error.message);
      for (const problem of body?.errors ?? [])
        console.error(`  ${problem.field}: ${problem.message}`);
    } else {
      console.error(`cannot reach the console: ${(error as Error).message}`);
    }
    return 2;
  }
}

/** The changes as an aligned text table: change, From_Account, To_Account, details. */
export function changeTable(changes: PlanChanges): string {
  const rows = describeChanges(changes).map((line) => {
    const [change = '', ...rest] = line.split(' ');
    const arrow = rest.indexOf('→');
    return arrow === 1
      ? [change, rest[0] ?? '', rest[2] ?? '', rest.slice(3).join(' ')]
      : [change, rest[0] ?? '', '', rest.slice(1).join(' ')];
  });
  if (rows.length === 0) return '(no changes)';
  const table = [['CHANGE', 'ACCOUNT', 'TO_ACCOUNT', 'DETAILS'], ...rows];
  const widths = [0, 1, 2].map((column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length)),
  );
  return table
    .map((row) =>
      row
        .map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('friend-console.js')
) {
  process.exitCode = await main(process.argv.slice(2));
}
