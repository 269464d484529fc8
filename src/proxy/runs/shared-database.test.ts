import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { HistoryPage, RunAccepted, RunSummary } from '@/shared/contract/runs';
import { listen, type Listening } from '@/shared/node/listen';
import { startBackend, type TestBackend } from '@/testing/start-backend';
import { type RunningPostgres, startPostgres } from '@/testing/start-postgres';

import { createProxy, createProxyUpstream, type ProxyDeps } from '../create-proxy';
import { type Database, openDatabase } from '../store/database';
import { createRunEngine, type RunEngine } from './run-engine';
import { createRunStore } from './run-store';

let postgres: RunningPostgres;
/** PostgreSQL is optional: without it these tests are skipped (see global-services.ts). */
const withPostgres = inject('services').postgres;
let backend: TestBackend;
const instances: { server: Listening; engine: RunEngine; database: Database }[] = [];

/** A second console instance: its own proxy and run engine, the same database and upstream. */
async function instance(): Promise<string> {
  const database = await openDatabase({ dataDir: 'memory', databaseUrl: postgres.url });
  const store = createRunStore(database);
  const deps: ProxyDeps = {
    target: {
      mode: 'emulator',
      sdkAppId: 1400000000,
      admin: 'administrator',
      region: 'emulator',
      host: new URL(backend.emulatorUrl).host,
    },
    upstream: {
      baseUrl: backend.emulatorUrl,
      credentials: {
        sdkAppId: 1400000000,
        secretKey: 'friend-console-test-key-0123456789abcdef',
        admin: 'administrator',
      },
    },
  };
  const callUpstream = createProxyUpstream(deps);
  const engine = createRunEngine({
    store,
    callUpstream,
    instanceId: `instance-${instances.length}`,
  });
  await engine.start();
  const server = await listen(
    createProxy({ ...deps, callUpstream, runs: { store, engine } }).fetch,
  );
  instances.push({ server, engine, database });
  return server.url;
}

beforeAll(async () => {
  if (!withPostgres) return;
  postgres = await startPostgres();
  backend = await startBackend({ emulator: { seed: 'demo', rateLimit: true } });
}, 60_000);
afterAll(async () => {
  for (const { server, engine, database } of instances) {
    await engine.stop();
    await server.close();
    await database.close();
  }
  await backend?.stop();
  await postgres?.stop();
});

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe.skipIf(!withPostgres)('two console instances on one PostgreSQL server', () => {
  it('see the same runs, cancel each other’s runs and share History', async () => {
    const [a, b] = [await instance(), await instance()];
    const people = Array.from({ length: 200 }, (_, index) => `shared${index}`);
    const imported = RunAccepted.parse(
      await (await post(`${a}/api/runs`, { kind: 'account_import', Accounts: people })).json(),
    );
    for (;;) {
      const seen = RunSummary.parse(await (await fetch(`${b}/api/runs/${imported.id}`)).json());
      if (seen.status === 'done') {
        expect(seen.counts).toMatchObject({ done: 200, byResultCode: { 0: 200 } });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const fault = backend.emulator.faults.add({ api: 'v4/profile/portrait_set', latencyMs: 1000 });
    const slow = RunAccepted.parse(
      await (
        await post(`${a}/api/runs`, {
          kind: 'portrait_set',
          Accounts: people,
          AdminForbidType: 'AdminForbid_Type_SendOut',
        })
      ).json(),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Cancelled through B; A, which carries the run out, learns of it from the database.
    await post(`${b}/api/runs/${slow.id}/cancel`, {});
    let cancelled: RunSummary | undefined;
    for (let tries = 0; tries < 100; tries += 1) {
      const seen = RunSummary.parse(await (await fetch(`${b}/api/runs/${slow.id}`)).json());
      if (seen.status === 'cancelled') {
        cancelled = seen;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    backend.emulator.faults.remove(fault.id);
    expect(cancelled?.counts.not_sent).toBeGreaterThan(0);
    expect((cancelled?.counts.done ?? 0) + (cancelled?.counts.not_sent ?? 0)).toBe(200);

    const fromB = HistoryPage.parse(await (await fetch(`${b}/api/history?account=shared7`)).json());
    expect(fromB.entries.map((entry) => entry.id)).toEqual([slow.id, imported.id]);
  }, 60_000);
});
