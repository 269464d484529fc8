import { Hono } from 'hono';

import type { SeedName } from '@/shared/contract/emulator-control';
import { DEFAULT_ALLOW_TYPE } from '@/shared/contract/profile';
import { createUserSigVerifier } from '@/shared/node/user-sig';

import { CallLog } from './call-log';
import { createControlRoutes } from './control-routes';
import type { Emulator, EmulatorOptions } from './emulator';
import { FaultRules } from './faults';
import { createCallRoutes, RateBudget } from './handle-call';
import { StateFile } from './persistence';
import { buildSeed } from './seeds';

export type { Emulator, EmulatorOptions } from './emulator';

export const DEFAULT_EMULATOR_SDKAPPID = 1400000000;
/** Tencent's own published demo key (contract §8.2): public, for the emulator only. */
export const DEFAULT_EMULATOR_SECRET_KEY =
  '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
export const DEFAULT_ADMIN = 'administrator';

/**
 * The emulator: Tencent's REST API (`/v4/*`, see handle-call) over one in-memory state, kept in
 * a data folder when given, with the control API for tests and QA under `/__emulator`.
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const sdkAppId = options.sdkAppId ?? DEFAULT_EMULATOR_SDKAPPID;
  const clock = options.clock ?? Date.now;
  const defaultAllowType = options.defaultAllowType ?? DEFAULT_ALLOW_TYPE;
  const nowSeconds = () => Math.floor(clock() / 1000);
  const file = options.dataDir ? new StateFile(options.dataDir) : undefined;
  const saved = file?.load();
  let loadedSeed: SeedName | null = saved ? null : (options.seed ?? 'empty');
  let state = saved ?? buildSeed(options.seed ?? 'empty', defaultAllowType, nowSeconds());
  const rateBudget = new RateBudget();
  const persist = async () => file?.commit(() => state);

  const emulator: Emulator = {
    app: new Hono(),
    get state() {
      return state;
    },
    get loadedSeed() {
      return loadedSeed;
    },
    faults: new FaultRules(options.random),
    calls: new CallLog(),
    config: { rateLimit: options.rateLimit ?? true, customTags: [...(options.customTags ?? [])] },
    reset(seed = options.seed ?? 'empty') {
      state = buildSeed(seed, defaultAllowType, nowSeconds());
      loadedSeed = seed;
      rateBudget.clear();
      return persist();
    },
    replaceState(next) {
      state = next;
      loadedSeed = null;
      return persist();
    },
    flush: async () => file?.settled(),
  };

  const verifyUserSig = createUserSigVerifier({
    sdkAppId,
    secretKey: options.secretKey ?? DEFAULT_EMULATOR_SECRET_KEY,
  });
  const admins = new Set(options.admins ?? [DEFAULT_ADMIN]);
  emulator.app.route(
    '/',
    createCallRoutes({ emulator, sdkAppId, admins, clock, verifyUserSig, rateBudget, persist }),
  );
  emulator.app.route('/__emulator', createControlRoutes(emulator));
  return emulator;
}
