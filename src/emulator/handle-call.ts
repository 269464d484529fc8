import { Hono } from 'hono';

import { describeIssues } from '@/shared/contract/common';
import { findEndpoint, parameterErrorCode } from '@/shared/contract/endpoints';
import { infoFor } from '@/shared/contract/error-codes';
import { limitBodySize } from '@/shared/node/body-limit';
import type { createUserSigVerifier } from '@/shared/node/user-sig';

import type { Emulator } from './emulator';
import { itemCodesOf, runWithItemFaults } from './item-faults';
import { operationFor } from './operation-table';
import { hasNonStringUserId } from './operations/user-id-types';
import { SlidingWindowLimiter } from './rate-limiter';
import { envelope, TencentError } from './tencent-error';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Bodies up to this size are kept in the call log for the call inspector. */
const MAX_LOGGED_BODY = 64 * 1024;

export interface CallDeps {
  emulator: Emulator;
  sdkAppId: number;
  admins: ReadonlySet<string>;
  clock: () => number;
  verifyUserSig: ReturnType<typeof createUserSigVerifier>;
  rateBudget: RateBudget;
  /** Resolves once the state is on disk (with a data folder). */
  persist: () => Promise<void>;
}

/** What the call log learns about a call while it is handled. */
interface CallSeen {
  from?: string;
  to?: string[];
  arrivedAt?: number;
  request?: unknown;
}

type Outcome = { status: number; body: Record<string, unknown> | string; faults: string[] };

/** Decision D12: each API's documented calls per second, from the endpoint table. */
export class RateBudget {
  private limiters = new Map<string, SlidingWindowLimiter>();

  take(service: string, now: number): void {
    const limit = findEndpoint(service)?.ratePerSecond ?? 200;
    let limiter = this.limiters.get(service);
    if (!limiter) this.limiters.set(service, (limiter = new SlidingWindowLimiter(limit)));
    if (!limiter.tryAcquire(now)) {
      throw new TencentError(
        60007,
        `REST API call frequency exceeded: ${service} allows ${limit} calls per second`,
      );
    }
  }

  clear(): void {
    this.limiters = new Map();
  }
}

/**
 * `POST /v4/:service/:command`: Tencent's REST API as the emulator answers it — sign-in, rate
 * limit, fault rules, the operation — with one call-log entry per call.
 */
export function createCallRoutes(deps: CallDeps): Hono {
  const app = new Hono();
  app.post(
    '/v4/:service/:command',
    limitBodySize(MAX_BODY_BYTES, (c) => c.text('Request body too large', 413)),
    async (c) => {
      const service = `v4/${c.req.param('service')}/${c.req.param('command')}`;
      const started = performance.now();
      let outcome: Outcome;
      const seen: CallSeen = {};
      try {
        outcome = await handle(
          deps,
          service,
          await c.req.text(),
          (name) => c.req.query(name),
          seen,
        );
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
      deps.emulator.calls.add({
        // The time the rate limit counted, so the log shows what the limiter saw.
        time: new Date(seen.arrivedAt ?? deps.clock()).toISOString(),
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
  return app;
}

function authenticate(deps: CallDeps, query: (name: string) => string | undefined): void {
  const { sdkAppId, admins } = deps;
  const appId = query('sdkappid');
  if (appId === undefined || appId === '') throw new TencentError(60012);
  if (Number(appId) !== sdkAppId)
    throw new TencentError(60006, `SDKAppID ${appId} is not this app`);
  const identifier = query('identifier');
  if (identifier === undefined || identifier === '') {
    throw new TencentError(60004, 'identifier is missing from the URL');
  }
  const verdict = deps.verifyUserSig({
    userSig: query('usersig') ?? '',
    identifier,
    nowSeconds: Math.floor(deps.clock() / 1000),
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
  deps: CallDeps,
  service: string,
  text: string,
  query: (name: string) => string | undefined,
  seen: CallSeen,
): Promise<Outcome> {
  authenticate(deps, query);
  const { emulator, clock } = deps;
  const operation = operationFor(service);
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
  if (emulator.config.rateLimit) deps.rateBudget.take(service, seen.arrivedAt);
  const parsed = operation.endpoint.wire.safeParse(body);
  const from = (body as { From_Account?: unknown } | null)?.From_Account;
  seen.from = typeof from === 'string' ? from : undefined;
  const accounts = parsed.success && operation.items ? operation.items.accounts(parsed.data) : [];
  seen.to = accounts;
  const fired = emulator.faults.take(service, seen.from, accounts);
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
  const itemCodes = itemCodesOf(fired, accounts, service);
  const result = runWithItemFaults(operation, parsed.data, itemCodes, (input) =>
    operation.run(input, {
      state: emulator.state,
      nowSeconds: Math.floor(clock() / 1000),
      service,
      customTags: new Set(emulator.config.customTags),
    }),
  );
  // The answer waits until the write is on disk (with a data folder), so none is lost.
  if (operation.endpoint.access === 'write') await deps.persist();
  return { status: 200, body: { ...result, ...envelope(service) }, faults: faultIds };
}
