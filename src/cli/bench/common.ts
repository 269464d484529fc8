import { cpus } from 'node:os';

import { createEmulator, type Emulator } from '@/emulator/create-emulator';
import { type Friend, importAccount } from '@/emulator/state';
import { createProxy } from '@/proxy/create-proxy';
import type { Pacer } from '@/proxy/pacer';
import { listen, type Listening } from '@/shared/node/listen';
import { tencentUrl } from '@/shared/node/tencent-url';
import { genUserSig } from '@/shared/node/user-sig';

export const BENCH_SDKAPPID = 1400000000;
export const BENCH_KEY = 'friend-console-bench-key';
export const BENCH_ADMIN = 'administrator';

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

export interface BenchStack {
  emulator: Emulator;
  emulatorServer: Listening;
  proxyServer: Listening;
  signedUrl: (service: string) => string;
  stop: () => Promise<void>;
}

/** A fresh emulator and proxy on 127.0.0.1, as `npm start` composes them. */
export async function startBenchStack(options: {
  rateLimit: boolean;
  pacer?: Pacer;
  staticDir?: string;
}): Promise<BenchStack> {
  const emulator = createEmulator({
    sdkAppId: BENCH_SDKAPPID,
    secretKey: BENCH_KEY,
    admins: [BENCH_ADMIN],
    rateLimit: options.rateLimit,
    seed: 'empty',
  });
  const emulatorServer = await listen(emulator.app.fetch);
  const credentials = { sdkAppId: BENCH_SDKAPPID, secretKey: BENCH_KEY, admin: BENCH_ADMIN };
  const proxy = createProxy({
    target: {
      mode: 'emulator',
      sdkAppId: BENCH_SDKAPPID,
      admin: BENCH_ADMIN,
      region: 'emulator',
      host: new URL(emulatorServer.url).host,
    },
    upstream: { baseUrl: emulatorServer.url, credentials },
    pacer: options.pacer,
    staticDir: options.staticDir,
  });
  const proxyServer = await listen(proxy.fetch);
  const userSig = genUserSig({
    sdkAppId: BENCH_SDKAPPID,
    secretKey: BENCH_KEY,
    identifier: BENCH_ADMIN,
    expireSeconds: 24 * 3600,
    issuedAt: Math.floor(Date.now() / 1000),
  });
  return {
    emulator,
    emulatorServer,
    proxyServer,
    signedUrl: (service) =>
      tencentUrl(emulatorServer.url, service, {
        sdkAppId: BENCH_SDKAPPID,
        identifier: BENCH_ADMIN,
        userSig,
      }).toString(),
    stop: async () => {
      await proxyServer.close();
      await emulatorServer.close();
    },
  };
}
