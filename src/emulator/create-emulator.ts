import { Hono } from 'hono';

import { describeIssues } from '@/shared/contract/common';
import { findEndpoint, parameterErrorCode } from '@/shared/contract/endpoints';
import { type AllowType, DEFAULT_ALLOW_TYPE } from '@/shared/contract/profile';
import { verifyUserSig } from '@/shared/node/user-sig';

import { createControlRoutes } from './control-routes';
import { accountImport, multiaccountImport } from './operations/account-import';
import { friendAdd } from './operations/friend-add';
import { friendCheck } from './operations/friend-check';
import type { Operation } from './operations/types';
import { SlidingWindowLimiter } from './rate-limiter';
import { buildSeed, type SeedName } from './seeds';
import type { EmulatorState } from './state';
import { envelope, TencentError } from './tencent-error';

export const DEFAULT_EMULATOR_SDKAPPID = 1400000000;
/** Tencent's own published demo key (contract §8.2): public, for the emulator only. */
export const DEFAULT_EMULATOR_SECRET_KEY =
  '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
export const DEFAULT_ADMIN = 'administrator';

export interface EmulatorOptions {
  sdkAppId?: number;
  secretKey?: string;
  admins?: string[];
  /** Milliseconds since the epoch; injected so tests can move time. */
  clock?: () => number;
  /** Decision D12's per-API limits; on by default, as on the real service. */
  rateLimit?: boolean;
  seed?: SeedName;
  defaultAllowType?: AllowType;
}

const operations: Record<string, Operation> = {
  'v4/im_open_login_svc/account_import': accountImport,
  'v4/im_open_login_svc/multiaccount_import': multiaccountImport,
  'v4/sns/friend_add': friendAdd,
  'v4/sns/friend_check': friendCheck,
};

export interface Emulator {
  app: Hono;
  readonly state: EmulatorState;
  reset: (seed?: SeedName) => void;
  setRateLimit: (enabled: boolean) => void;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const sdkAppId = options.sdkAppId ?? DEFAULT_EMULATOR_SDKAPPID;
  const secretKey = options.secretKey ?? DEFAULT_EMULATOR_SECRET_KEY;
  const admins = new Set(options.admins ?? [DEFAULT_ADMIN]);
  const clock = options.clock ?? Date.now;
  const defaultAllowType = options.defaultAllowType ?? DEFAULT_ALLOW_TYPE;
  let rateLimitEnabled = options.rateLimit ?? true;
  let state = buildSeed(options.seed ?? 'empty', defaultAllowType, Math.floor(clock() / 1000));
  let limiters = new Map<string, SlidingWindowLimiter>();

  const emulator: Emulator = {
    app: new Hono(),
    get state() {
      return state;
    },
    reset(seed = 'empty') {
      state = buildSeed(seed, defaultAllowType, Math.floor(clock() / 1000));
      limiters = new Map();
    },
    setRateLimit(enabled) {
      rateLimitEnabled = enabled;
    },
  };

  function authenticate(query: (name: string) => string | undefined): void {
    const appId = query('sdkappid');
    if (appId === undefined || appId === '') throw new TencentError(60012);
    if (Number(appId) !== sdkAppId)
      throw new TencentError(60006, `SDKAppID ${appId} is not this app`);
    const identifier = query('identifier');
    if (identifier === undefined || identifier === '') {
      throw new TencentError(60004, 'identifier is missing from the URL');
    }
    const verdict = verifyUserSig({
      userSig: query('usersig') ?? '',
      sdkAppId,
      identifier,
      secretKey,
      nowSeconds: Math.floor(clock() / 1000),
    });
    if (!verdict.ok) throw new TencentError(verdict.code, verdict.reason);
    if (!admins.has(identifier)) {
      throw new TencentError(
        70403,
        `${identifier} is not an app admin; REST calls need an admin identifier`,
      );
    }
  }

  async function handle(
    service: string,
    request: Request,
    query: (name: string) => string | undefined,
  ) {
    authenticate(query);
    const operation = operations[service];
    if (!operation) throw new TencentError(60009, `Unknown API ${service}`); // D17
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      throw new TencentError(60003, 'The request body is not valid JSON'); // D17
    }
    const endpoint = findEndpoint(service);
    if (rateLimitEnabled) {
      const limit = endpoint?.ratePerSecond ?? 200;
      let limiter = limiters.get(service);
      if (!limiter) limiters.set(service, (limiter = new SlidingWindowLimiter(limit)));
      if (!limiter.tryAcquire(clock())) {
        throw new TencentError(
          60007,
          `REST API call frequency exceeded: ${service} allows ${limit} calls per second`,
        );
      }
    }
    const parsed = operation.wire.safeParse(body);
    if (!parsed.success) {
      const problem = describeIssues(parsed.error)[0];
      throw new TencentError(parameterErrorCode(service), `${problem?.field}: ${problem?.message}`); // D18
    }
    return operation.run(parsed.data, { state, nowSeconds: Math.floor(clock() / 1000) });
  }

  emulator.app.post('/v4/:service/:command', async (c) => {
    const service = `v4/${c.req.param('service')}/${c.req.param('command')}`;
    try {
      const result = await handle(service, c.req.raw, (name) => c.req.query(name));
      return c.json({ ...result, ...envelope(service) });
    } catch (error) {
      if (error instanceof TencentError) return c.json(envelope(service, error.code, error.info));
      console.error(`emulator: ${service} failed`, error);
      return c.json(envelope(service, 70500, 'Internal error in the emulator'));
    }
  });

  emulator.app.route('/__emulator', createControlRoutes(emulator));
  return emulator;
}
