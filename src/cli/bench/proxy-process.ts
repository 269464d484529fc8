/** The bench's proxy, in its own process, in front of the bench's emulator. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import {
  DEFAULT_ADMIN,
  DEFAULT_EMULATOR_SDKAPPID,
  DEFAULT_EMULATOR_SECRET_KEY,
} from '@/emulator/create-emulator';
import { createProxy, createProxyUpstream, type ProxyDeps } from '@/proxy/create-proxy';
import { unpaced } from '@/proxy/pacer';
import { createRunEngine } from '@/proxy/runs/run-engine';
import { createRunStore } from '@/proxy/runs/run-store';
import { type Database, openDatabase } from '@/proxy/store/database';
import { listen } from '@/shared/node/listen';

import { serveParent } from '../child-process';
import { type BenchProxyInput, percentile } from './common';

/** Times every write the run store makes, for the runs benchmark's db_write_p99_ms. */
function timedWrites(database: Database, times: number[]): Database {
  const timed: Database = {
    ...database,
    query: async (sql, params) => {
      const started = performance.now();
      try {
        return await database.query(sql, params);
      } finally {
        if (/^\s*(INSERT|UPDATE|DELETE)/i.test(sql)) times.push(performance.now() - started);
      }
    },
    transaction: async (work) => {
      const started = performance.now();
      try {
        return await database.transaction(work);
      } finally {
        times.push(performance.now() - started);
      }
    },
  };
  return timed;
}

await serveParent<BenchProxyInput>(async ({ upstreamUrl, paced, staticDir }) => {
  // Runs need a database: the embedded one on disk, as `npm start` has it.
  const dataDir = mkdtempSync(join(tmpdir(), 'friend-console-bench-'));
  const database = await openDatabase({ dataDir });
  const writeTimes: number[] = [];
  const store = createRunStore(timedWrites(database, writeTimes));
  const deps: ProxyDeps = {
    target: {
      mode: 'emulator',
      sdkAppId: DEFAULT_EMULATOR_SDKAPPID,
      admin: DEFAULT_ADMIN,
      region: 'emulator',
      host: new URL(upstreamUrl).host,
    },
    upstream: {
      baseUrl: upstreamUrl,
      credentials: {
        sdkAppId: DEFAULT_EMULATOR_SDKAPPID,
        secretKey: DEFAULT_EMULATOR_SECRET_KEY,
        admin: DEFAULT_ADMIN,
      },
    },
    pacer: paced ? undefined : unpaced,
    staticDir,
  };
  const callUpstream = createProxyUpstream(deps);
  const engine = createRunEngine({ store, callUpstream, instanceId: 'bench' });
  await engine.start();
  const app = createProxy({ ...deps, callUpstream, runs: { store, engine } });
  const listening = await listen(app.fetch);
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  return {
    url: listening.url,
    close: async () => {
      await engine.stop();
      await listening.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    handlers: {
      /** p99 of the database writes since the last call, in ms; then starts afresh. */
      dbWriteP99: () => {
        const sorted = writeTimes.splice(0).sort((a, b) => a - b);
        return percentile(sorted, 99);
      },
      watchEventLoop: () => {
        loopDelay.reset();
        loopDelay.enable();
      },
      /** The longest the event loop was blocked since watchEventLoop, in ms. */
      longestBlockMs: () => {
        loopDelay.disable();
        return loopDelay.max / 1e6;
      },
    },
  };
});
