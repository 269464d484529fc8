import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

import {
  DEFAULT_ADMIN,
  DEFAULT_EMULATOR_SDKAPPID,
  DEFAULT_EMULATOR_SECRET_KEY,
  type Emulator,
} from '@/emulator/create-emulator';
import { type Friend, importAccount } from '@/emulator/state';
import { RunSummary } from '@/shared/contract/runs';
import { tencentUrl } from '@/shared/node/tencent-url';
import { genUserSig } from '@/shared/node/user-sig';

import { type ChildServer, startChildServer } from '../child-process';

/** Follows a run's events stream until it closes, by event rather than polling, and reads its end. */
export async function runToEnd(proxyUrl: string, id: string): Promise<RunSummary> {
  const text = await (await fetch(`${proxyUrl}/api/runs/${id}/events`)).text();
  const end = /event: end\ndata: (.*)\n/.exec(text)?.[1];
  return RunSummary.parse(JSON.parse(end ?? 'null'));
}

/** Recorded with every figure: numbers only compare on like machines. */
export const environment = () => ({
  node: process.version,
  cpus: cpus().length,
  measuredAt: new Date().toISOString(),
});

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export function friendship(): Friend {
  return {
    remark: '',
    groups: [],
    addSource: 'AddSource_Type_Bench',
    addWording: '',
    addTime: 0,
    custom: {},
  };
}

/**
 * `count` accounts with a ring of both-way friendships and a one-way friendship to the account
 * two along, so a matrix over them shows every kind of cell.
 */
export function seedAccounts(emulator: Emulator, count: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => `bench${String(i).padStart(4, '0')}`);
  for (const id of ids) importAccount(emulator.state, id, { allowType: 'AllowType_Type_AllowAny' });
  ids.forEach((id, i) => {
    const account = emulator.state.accounts.get(id);
    const next = ids[(i + 1) % count];
    const afterNext = ids[(i + 2) % count];
    if (!account || !next || !afterNext) return;
    account.friends.set(next, friendship());
    emulator.state.accounts.get(next)?.friends.set(id, friendship());
    if (i % 3 === 0) account.friends.set(afterNext, friendship());
  });
  return ids;
}

export interface BenchEmulatorInput {
  rateLimit: boolean;
}

/** What the bench's emulator counted of one API since its calls were last cleared. */
export interface CallTally {
  calls: number;
  /** Of them, answered 60007 (refused, not executed). */
  rateLimited: number;
  /** Epoch ms of the first and last arrival. */
  first: number;
  last: number;
}

export interface BenchProxyInput {
  upstreamUrl: string;
  /** Off to measure the proxy itself; calls then meet 60007 under load. */
  paced: boolean;
  staticDir?: string;
}

export interface BenchStack {
  emulator: ChildServer;
  proxy: ChildServer;
  /** A correctly signed URL for calling the emulator directly, as Tencent's clients do. */
  signedUrl: (service: string) => string;
  stop: () => Promise<void>;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The emulator and the proxy each in a process of their own, so every figure is one server's
 * and the load generator (this process) never shares their event loops.
 */
export async function startBenchStack(options: {
  rateLimit: boolean;
  paced: boolean;
  staticDir?: string;
}): Promise<BenchStack> {
  const emulator = await startChildServer(here('./emulator-process.ts'), {
    rateLimit: options.rateLimit,
  } satisfies BenchEmulatorInput);
  const proxy = await startChildServer(here('./proxy-process.ts'), {
    upstreamUrl: emulator.url,
    paced: options.paced,
    staticDir: options.staticDir,
  } satisfies BenchProxyInput);
  const userSig = genUserSig({
    sdkAppId: DEFAULT_EMULATOR_SDKAPPID,
    secretKey: DEFAULT_EMULATOR_SECRET_KEY,
    identifier: DEFAULT_ADMIN,
    expireSeconds: 86_400,
    issuedAt: Math.floor(Date.now() / 1000),
  });
  return {
    emulator,
    proxy,
    signedUrl: (service) =>
      tencentUrl(emulator.url, service, {
        sdkAppId: DEFAULT_EMULATOR_SDKAPPID,
        identifier: DEFAULT_ADMIN,
        userSig,
      }).toString(),
    stop: async () => {
      await proxy.stop();
      await emulator.stop();
    },
  };
}

/** CPU milliseconds (user + system) a child has spent so far. */
export async function cpuMs(child: ChildServer): Promise<number> {
  const usage = await child.call<{ user: number; system: number }>('cpuUsage');
  return (usage.user + usage.system) / 1000;
}

export type Figures = Record<string, unknown>;

/**
 * Runs of one benchmark folded into one record: each number is the median of the runs, and
 * `range` keeps the lowest and highest where they differ.
 */
export function medianOfRuns(runs: readonly Figures[]): Figures {
  const [first = {}] = runs;
  const summary: Figures = { runs: runs.length };
  const range: Record<string, [number, number]> = {};
  for (const [key, value] of Object.entries(first)) {
    if (typeof value !== 'number') {
      summary[key] = value;
      continue;
    }
    const values = runs.map((run) => run[key]).filter((v): v is number => typeof v === 'number');
    values.sort((a, b) => a - b);
    summary[key] = values[Math.floor((values.length - 1) / 2)];
    const [low = value, high = value] = [values[0], values[values.length - 1]];
    if (low !== high) range[key] = [low, high];
  }
  return { ...summary, range };
}

/** Runs `run` `times` times, one after another, and folds each benchmark it reports. */
export async function repeat(
  times: number,
  run: () => Promise<Record<string, Figures>>,
): Promise<Record<string, Figures>> {
  const byName: Record<string, Figures[]> = {};
  for (let round = 0; round < times; round += 1) {
    for (const [name, figures] of Object.entries(await run())) (byName[name] ??= []).push(figures);
  }
  return Object.fromEntries(
    Object.entries(byName).map(([name, runs]) => [name, medianOfRuns(runs)]),
  );
}
