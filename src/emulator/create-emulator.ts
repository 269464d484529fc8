import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';

import { describeIssues } from '@/shared/contract/common';
import type { EmulatorConfig, SeedName } from '@/shared/contract/emulator-control';
import { findEndpoint, parameterErrorCode } from '@/shared/contract/endpoints';
import { infoFor } from '@/shared/contract/error-codes';
import { type AllowType, DEFAULT_ALLOW_TYPE } from '@/shared/contract/profile';
import { createUserSigVerifier } from '@/shared/node/user-sig';

import { CallLog } from './call-log';
import { createControlRoutes } from './control-routes';
import { FaultRules } from './faults';
import {
  accountCheck,
  accountDelete,
  accountImport,
  multiaccountImport,
} from './operations/accounts';
import {
  blackListAdd,
  blackListCheck,
  blackListDelete,
  blackListGet,
} from './operations/blocklist';
import { friendAdd } from './operations/friend-add';
import { friendCheck } from './operations/friend-check';
import { groupAdd, groupDelete, groupGet } from './operations/friend-groups';
import {
  friendDelete,
  friendDeleteAll,
  friendGet,
  friendGetList,
  friendImport,
  friendUpdate,
} from './operations/friends';
import { portraitGet, portraitSet } from './operations/profile';
import { type Operation, withFailAccounts } from './operations/types';
import { hasNonStringUserId } from './operations/user-id-types';
import { StateFile } from './persistence';
import { SlidingWindowLimiter } from './rate-limiter';
import { buildSeed } from './seeds';
import type { EmulatorState } from './state';
import { envelope, TencentError } from './tencent-error';

export const DEFAULT_EMULATOR_SDKAPPID = 1400000000;
/** Tencent's own published demo key (contract §8.2): public, for the emulator only. */
export const DEFAULT_EMULATOR_SECRET_KEY =
  '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
export const DEFAULT_ADMIN = 'administrator';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface EmulatorOptions {
  sdkAppId?: number;
  secretKey?: string;
  admins?: string[];
  /** Milliseconds since the epoch; injected so tests can move time. */
  clock?: () => number;
  /** For fault rules with a probability. */
  random?: () => number;
  /** Decision D12's per-API limits; on by default, as on the real service. */
  rateLimit?: boolean;
  /** The seed used when no saved state exists, and by reset without a seed. */
  seed?: SeedName;
  defaultAllowType?: AllowType;
  /** Keep the state in this folder across restarts. */
  dataDir?: string;
  /** Custom profile and friend tags the app declares (Tag_Profile_Custom_*, Tag_SNS_Custom_*). */
  customTags?: string[];
}

export const operations: Record<string, Operation> = {
  'v4/im_open_login_svc/account_import': accountImport,
  'v4/im_open_login_svc/multiaccount_import': multiaccountImport,
  'v4/im_open_login_svc/account_check': accountCheck,
  'v4/im_open_login_svc/account_delete': accountDelete,
  'v4/profile/portrait_set': portraitSet,
  'v4/profile/portrait_get': portraitGet,
  'v4/sns/friend_add': friendAdd,
  'v4/sns/friend_import': friendImport,
  'v4/sns/friend_update': friendUpdate,
  'v4/sns/friend_delete': friendDelete,
  'v4/sns/friend_delete_all': friendDeleteAll,
  'v4/sns/friend_check': friendCheck,
  'v4/sns/friend_get': friendGet,
  'v4/sns/friend_get_list': friendGetList,
  'v4/sns/black_list_add': blackListAdd,
  'v4/sns/black_list_delete': blackListDelete,
  'v4/sns/black_list_get': blackListGet,
  'v4/sns/black_list_check': blackListCheck,
  'v4/sns/group_add': groupAdd,
  'v4/sns/group_delete': groupDelete,
  'v4/sns/group_get': groupGet,
};

/** Bodies up to this size are kept in the call log for the call inspector. */
const MAX_LOGGED_BODY = 64 * 1024;

/** What the call log learns about a call while it is handled. */
interface CallSeen {
  from?: string;
  to?: string[];
  arrivedAt?: number;
  request?: unknown;
}

export interface Emulator {
  app: Hono;
  readonly state: EmulatorState;
  readonly faults: FaultRules;
  readonly calls: CallLog;
  /** Resolve once the new state is on disk (with a data folder). */
  reset: (seed?: SeedName) => Promise<void>;
  replaceState: (state: EmulatorState) => Promise<void>;
  /** The scenario the state was last loaded from; null after an import or a state read from disk. */
  readonly loadedSeed: SeedName | null;
  config: EmulatorConfig;
  /** Resolves when every save to the data folder has ended. */
  flush: () => Promise<void>;
}

/** Sets a fault's per-item ResultCode on the chosen accounts and runs the rest normally. */
function runWithItemFaults(
  operation: Operation,
  body: unknown,
  itemCodes: Map<number, { code: number; info: string }>,
  run: (body: unknown) => Record<string, unknown>,
): Record<string, unknown> {
  const items = operation.items;
  if (!items || itemCodes.size === 0) return run(body);
  const accounts = items.accounts(body);
  const result = run(items.keep(body, (index) => !itemCodes.has(index)));
  const computed = (result[items.key] as Record<string, unknown>[] | undefined) ?? [];
  let next = 0;
  const merged = accounts.map((account, index) => {
    const fault = itemCodes.get(index);
    return fault ? items.failed(account, fault.code, fault.info) : (computed[next++] ?? {});
  });
  const { Fail_Account: _computed, ...rest } = result;
  if (items.failAccount === false) return { ...rest, [items.key]: merged };
  return {
    ...rest,
    ...withFailAccounts(items.key, merged as { To_Account: string; ResultCode: number }[]),
  };
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const sdkAppId = options.sdkAppId ?? DEFAULT_EMULATOR_SDKAPPID;
  const secretKey = options.secretKey ?? DEFAULT_EMULATOR_SECRET_KEY;
  const admins = new Set(options.admins ?? [DEFAULT_ADMIN]);
  const clock = options.clock ?? Date.now;
  const defaultAllowType = options.defaultAllowType ?? DEFAULT_ALLOW_TYPE;
  const nowSeconds = () => Math.floor(clock() / 1000);
  const file = options.dataDir ? new StateFile(options.dataDir) : undefined;
  const saved = file?.load();
  let loadedSeed: SeedName | null = saved ? null : (options.seed ?? 'empty');
  let state = saved ?? buildSeed(options.seed ?? 'empty', defaultAllowType, nowSeconds());
  let limiters = new Map<string, SlidingWindowLimiter>();
  const faults = new FaultRules(options.random);
  const calls = new CallLog();
  const persist = async () => file?.commit(() => state);
  const verifyUserSig = createUserSigVerifier({ sdkAppId, secretKey });

  const emulator: Emulator = {
    app: new Hono(),
    get state() {
      return state;
    },
    get loadedSeed() {
      return loadedSeed;
    },
    faults,
    calls,
    config: { rateLimit: options.rateLimit ?? true, customTags: [...(options.customTags ?? [])] },
    reset(seed = options.seed ?? 'empty') {
      state = buildSeed(seed, defaultAllowType, nowSeconds());
      loadedSeed = seed;
      limiters = new Map();
      return persist();
    },
    replaceState(next) {
      state = next;
      loadedSeed = null;
      return persist();
    },
    flush: async () => file?.settled(),
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
      identifier,
      nowSeconds: nowSeconds(),
    });
    if (!verdict.ok) throw new TencentError(verdict.code, verdict.reason);
    if (!admins.has(identifier)) {
      throw new TencentError(
        70403,
        `${identifier} is not an app admin; REST calls need an admin identifier`,
      );
    }
  }

  function takeRateBudget(service: string, now: number): void {
    if (!emulator.config.rateLimit) return;
    const limit = findEndpoint(service)?.ratePerSecond ?? 200;
    let limiter = limiters.get(service);
    if (!limiter) limiters.set(service, (limiter = new SlidingWindowLimiter(limit)));
    if (!limiter.tryAcquire(now)) {
      throw new TencentError(
        60007,
        `REST API call frequency exceeded: ${service} allows ${limit} calls per second`,
      );
    }
  }

  type Outcome = { status: number; body: Record<string, unknown> | string; faults: string[] };

  async function handle(
    service: string,
    text: string,
    query: (name: string) => string | undefined,
    seen: CallSeen,
  ): Promise<Outcome> {
    authenticate(query);
    const operation = operations[service];
    if (!operation) throw new TencentError(60009, `Unknown API ${service}`); // D17
    let body: unknown;
    try {
      body = JSON.parse(text);
      if (text.length <= MAX_LOGGED_BODY) seen.request = body;
    } catch {
      throw new TencentError(60003, 'The request body is not valid JSON'); // D17
    }
    if (hasNonStringUserId(body)) throw new TencentError(60015);
    seen.arrivedAt = clock();
    takeRateBudget(service, seen.arrivedAt);
    const parsed = operation.wire.safeParse(body);
    const from = (body as { From_Account?: unknown } | null)?.From_Account;
    seen.from = typeof from === 'string' ? from : undefined;
    const accounts = parsed.success && operation.items ? operation.items.accounts(parsed.data) : [];
    seen.to = accounts;
    const fired = faults.take(service, seen.from, accounts);
    const faultIds = fired.map((rule) => rule.id);
    const delay = Math.max(0, ...fired.map((rule) => rule.latencyMs ?? 0));
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const http = fired.find((rule) => rule.httpStatus !== undefined);
    if (http?.httpStatus) {
      return {
        status: http.httpStatus,
        body: http.info ?? `Injected HTTP ${http.httpStatus}`,
        faults: faultIds,
      };
    }
    const failure = fired.find((rule) => rule.errorCode !== undefined);
    if (failure?.errorCode) {
      const info = failure.info ?? infoFor(failure.errorCode, service).text;
      return { status: 200, body: envelope(service, failure.errorCode, info), faults: faultIds };
    }
    if (!parsed.success) {
      const problem = describeIssues(parsed.error)[0];
      throw new TencentError(parameterErrorCode(service), `${problem?.field}: ${problem?.message}`); // D18
    }
    const itemCodes = new Map<number, { code: number; info: string }>();
    for (const rule of fired) {
      if (rule.resultCode === undefined) continue;
      accounts.forEach((account, index) => {
        if (rule.to === undefined || rule.to === account) {
          itemCodes.set(index, {
            code: rule.resultCode!,
            info: rule.info ?? infoFor(rule.resultCode!, service).text,
          });
        }
      });
    }
    const result = runWithItemFaults(operation, parsed.data, itemCodes, (input) =>
      operation.run(input, {
        state,
        nowSeconds: nowSeconds(),
        service,
        customTags: new Set(emulator.config.customTags),
      }),
    );
    // The answer waits until the write is on disk (with a data folder), so none is lost.
    if (operation.writes) await persist();
    return { status: 200, body: { ...result, ...envelope(service) }, faults: faultIds };
  }

  emulator.app.post(
    '/v4/:service/:command',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text('Request body too large', 413) }),
    async (c) => {
      const service = `v4/${c.req.param('service')}/${c.req.param('command')}`;
      const started = performance.now();
      let outcome: Outcome;
      const seen: CallSeen = {};
      try {
        outcome = await handle(service, await c.req.text(), (name) => c.req.query(name), seen);
      } catch (error) {
        if (!(error instanceof TencentError)) console.error(`emulator: ${service} failed`, error);
        outcome =
          error instanceof TencentError
            ? { status: 200, body: envelope(service, error.code, error.info), faults: [] }
            : {
                status: 200,
                body: envelope(service, 70500, 'Internal error in the emulator'),
                faults: [],
              };
      }
      const body = typeof outcome.body === 'string' ? undefined : outcome.body;
      // Serialized once: the answer's text is both sent and measured for the call log.
      const text = body ? JSON.stringify(body) : outcome.body.toString();
      calls.add({
        // The time the rate limit counted, so the log shows what the limiter saw.
        time: new Date(seen.arrivedAt ?? clock()).toISOString(),
        api: service,
        from: seen.from,
        ...(seen.to && seen.to.length > 0 ? { to: seen.to } : {}),
        httpStatus: outcome.status,
        actionStatus: body?.ActionStatus as 'OK' | 'FAIL' | undefined,
        errorCode: body?.ErrorCode as number | undefined,
        failedAccounts: ((body?.Fail_Account ?? body?.FailAccounts ?? []) as unknown[]).length,
        durationMs: Math.round(performance.now() - started),
        faults: outcome.faults,
        ...(seen.request === undefined ? {} : { request: seen.request }),
        ...(text.length <= MAX_LOGGED_BODY ? { response: body ?? outcome.body } : {}),
      });
      if (typeof outcome.body === 'string') return c.text(outcome.body, outcome.status as 502);
      return c.body(text, 200, { 'content-type': 'application/json' });
    },
  );

  emulator.app.route('/__emulator', createControlRoutes(emulator));
  return emulator;
}
