import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { RunAccepted, RunItem, RunItemsPage, RunSummary } from '@/shared/contract/runs';
import {
  startBackend,
  TEST_ADMIN,
  TEST_SDKAPPID,
  TEST_SECRET_KEY,
  type TestBackend,
} from '@/testing/start-backend';
import { type ConsoleProcess, spawnConsole } from '@/testing/spawn-console';

let backend: TestBackend;
let dataDir: string;
const consoles: ConsoleProcess[] = [];

beforeAll(async () => {
  backend = await startBackend({ emulator: { seed: 'empty', rateLimit: true } });
  dataDir = mkdtempSync(join(tmpdir(), 'friend-console-crash-'));
});
afterAll(async () => {
  for (const running of consoles) await running.stop();
  await backend?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The console as its own process, pointed at the test's emulator as if it were Tencent. */
async function consoleProcess(): Promise<ConsoleProcess> {
  const running = await spawnConsole({
    TIM_SDKAPPID: String(TEST_SDKAPPID),
    TIM_SECRET_KEY: TEST_SECRET_KEY,
    TIM_ADMIN: TEST_ADMIN,
    TIM_BASE_URL: backend.emulatorUrl,
    DATA_DIR: dataDir,
    AUDIT_LOG: join(dataDir, 'audit.log'),
  });
  consoles.push(running);
  return running;
}

const people = Array.from({ length: 300 }, (_, index) => `crash${index}`);
const portraitSets = () =>
  backend.emulator.calls.recent(1000, 'v4/profile/portrait_set').map((call) => call.from ?? '');

describe('a console killed mid-run', () => {
  it('comes back with the run interrupted, every item accounted for, and nothing re-sent', async () => {
    for (let start = 0; start < people.length; start += 100) {
      await backend.callEmulator('v4/im_open_login_svc/multiaccount_import', {
        Accounts: people.slice(start, start + 100),
      });
    }
    backend.emulator.faults.add({ api: 'v4/profile/portrait_set', latencyMs: 700 });
    const first = await consoleProcess();
    const started = await fetch(`${first.url}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'portrait_set',
        Accounts: people,
        AllowType: 'AllowType_Type_AllowAny',
      }),
    });
    expect(started.status).toBe(202);
    const { id } = RunAccepted.parse(await started.json());
    // Let the first answers be recorded while the next calls are out, then pull the plug.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const going = RunSummary.parse(await (await fetch(`${first.url}/api/runs/${id}`)).json());
      if (going.counts.done > 0) break;
    }
    await first.kill9();
    // Calls that were out still land at the upstream; wait for them.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const reachedBeforeRestart = portraitSets().length;

    const second = await consoleProcess();
    const run = RunSummary.parse(await (await fetch(`${second.url}/api/runs/${id}`)).json());
    expect(run.status).toBe('interrupted');
    expect(run.reason).toContain('stopped');
    const { done, not_sent, unknown } = run.counts;
    expect(done + not_sent + unknown).toBe(300);
    expect(done).toBeGreaterThan(0);
    expect(not_sent).toBeGreaterThan(0);

    const page = RunItemsPage.parse(
      await (await fetch(`${second.url}/api/runs/${id}/items?limit=1000`)).json(),
    );
    const reached = new Set(portraitSets());
    for (const item of page.items.map((entry) => RunItem.parse(entry))) {
      if (item.state === 'done') expect(reached.has(item.To_Account), item.To_Account).toBe(true);
      if (item.state === 'not_sent')
        expect(reached.has(item.To_Account), item.To_Account).toBe(false);
    }
    // Everything the upstream saw is an item the run counts as done or unknown.
    expect(reached.size).toBeLessThanOrEqual(done + unknown);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(portraitSets()).toHaveLength(reachedBeforeRestart);
  }, 90_000);

  it('refuses to start when DATABASE_URL names no reachable server, in one line', async () => {
    const failure = await spawnConsole({
      DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:9/none',
      DATA_DIR: dataDir,
    }).then(
      () => undefined,
      (error: unknown) => (error as Error).message,
    );
    expect(failure).toMatch(
      /^console exited with 1: DATABASE_URL: cannot use the database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:9\/none/,
    );
    expect(failure).not.toContain('secret');
  }, 60_000);
});
