import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';

import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';

import { describeIssues, type FieldProblem } from '@/shared/contract/common';
import { type EndpointDef, findEndpoint } from '@/shared/contract/endpoints';
import type { TargetDescription } from '@/shared/contract/target';

import { type AccessConfig, hasAccessMethod, identify } from './access';
import { auditEntry, type AuditLog } from './audit-log';
import { type AuthThrottle, createAuthThrottle } from './auth-throttle';
import type { UpstreamCredentials } from './config';
import { answerError, closeUnreadBodies } from './early-refusal';
import { hostGuard, type HostPolicy } from './host-check';
import { createPacer, type Pacer } from './pacer';
import { refuseMediaType } from './media-type';
import { badRequest, type Problem, problemResponse } from './problem';
import type { ProxyEnv } from './proxy-env';
import { createPlanRoutes } from './plans/plan-routes';
import type { RunEngine } from './runs/run-engine';
import { createRunRoutes } from './runs/run-routes';
import type { RunStore } from './runs/run-store';
import { securityHeaders } from './security-headers';
import {
  type CallUpstream,
  CallNotSent,
  createUpstream,
  DEFAULT_CALL_DEADLINE_MS,
  type UpstreamOutcome,
  type UpstreamTransport,
} from './upstream';
import { createUserSigSource, type UserSigSource } from './user-sig-source';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Request bodies per bulk call; the 1 MiB body limit usually binds first. */
export const MAX_BATCH_REQUESTS = 1000;
/** How long bulk validation runs before it lets other requests in. */
const VALIDATION_SLICE_MS = 5;

export interface ProxyDeps {
  target: TargetDescription;
  upstream: { baseUrl: string; credentials: UpstreamCredentials };
  userSigs?: UserSigSource;
  /** Reaches the emulator's control API (`/api/emulator/*`). */
  fetch?: typeof fetch;
  /** Carries the API calls; by default node:http(s) with a keep-alive pool. */
  upstreamTransport?: UpstreamTransport;
  clock?: () => number;
  random?: () => number;
  upstreamTimeoutMs?: number;
  /** How long one call may take in all (CALL_DEADLINE_MS). */
  callDeadlineMs?: number;
  /** The largest answer forwarded (MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
  /** Paces calls to each API's limit; by default this process's own budget. */
  pacer?: Pacer;
  /** Without any access method everyone who reaches the port is the local operator. */
  access?: AccessConfig;
  /** Receives one line per write call; none when absent (tests that do not look at it). */
  auditLog?: AuditLog;
  /** The console's public origin behind a reverse proxy; by default the Host header's. */
  publicOrigin?: string;
  /** The `Host` names that reach this console; by default loopback names on the bound port. */
  hosts?: HostPolicy;
  /** Slows wrong credentials per client address; a fresh one per proxy by default. */
  authThrottle?: AuthThrottle;
  /** The built SPA; served with a fallback to index.html for client routes. */
  staticDir?: string;
  logger?: Logger;
  /** The upstream caller to share with a run engine; by default one made from `upstream`. */
  callUpstream?: CallUpstream;
  /** Server-side runs and History; without them those routes answer 404. */
  runs?: { store: RunStore; engine: RunEngine };
}

type Env = ProxyEnv;

interface Prepared {
  endpoint: EndpointDef;
  service: string;
  body: string;
  parsed: unknown;
}

export function createProxy(deps: ProxyDeps): Hono<Env> {
  const app = new Hono<Env>();
  const access = deps.access ?? { tokens: [], users: [] };
  const callDeadlineMs = deps.callDeadlineMs ?? DEFAULT_CALL_DEADLINE_MS;
  const callUpstream: CallUpstream = deps.callUpstream ?? createProxyUpstream(deps);

  const authThrottle = deps.authThrottle ?? createAuthThrottle();

  app.onError(answerError(deps.logger));
  app.use('*', (c, next) => {
    c.set('requestId', randomUUID());
    c.set('log', {});
    return next();
  });
  app.use('*', securityHeaders);
  app.use('*', closeUnreadBodies);
  // Decision: health answers whatever Host it is asked by; load balancers and orchestrators probe
  // by IP address, and `{ ok: true }` tells a rebinding page nothing.
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.use('*', hostGuard(deps.hosts ?? { loopback: true, allowed: [] }));

  app.use('*', async (c, next) => {
    const requestId = c.get('requestId');
    const started = performance.now();
    const address = remoteAddress(c);
    const refused = hasAccessMethod(access) ? await throttled(address, requestId) : undefined;
    if (refused) return refused;
    const decision = identify(
      access,
      { authorization: c.req.header('authorization'), header: (name) => c.req.header(name) },
      address,
    );
    if (!decision.ok) {
      if (c.req.header('authorization') !== undefined) {
        const wait = await authThrottle.failed(address);
        deps.logger?.warn(
          { requestId, address, method: c.req.method, path: c.req.path, throttled: wait > 0 },
          'wrong credentials',
        );
        if (wait > 0) return tooManyAttempts(wait, requestId);
      }
      const response = problemResponse({
        type: 'urn:friend-console:unauthenticated',
        title: 'Sign-in required',
        status: 401,
        detail: decision.detail,
        requestId,
      });
      if (decision.challenge) {
        response.headers.set('www-authenticate', 'Basic realm="Friend Console", charset="UTF-8"');
      }
      return response;
    }
    c.set('caller', decision.caller);
    await next();
    c.header('x-request-id', requestId);
    // A request that failed has its own line from onError.
    if (c.req.path.startsWith('/api/') && !c.error) {
      deps.logger?.info(
        {
          requestId,
          caller: decision.caller.identity,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          durationMs: Math.round(performance.now() - started),
          ...c.get('log'),
        },
        'api request',
      );
    }
  });

  app.get('/api/target', (c) => c.json(deps.target));
  app.get('/api/session', (c) => c.json({ ...c.get('caller'), signedIn: hasAccessMethod(access) }));

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      problemResponse({
        type: 'urn:friend-console:body-too-large',
        title: 'Request body too large',
        status: 413,
        detail: `The body exceeds ${MAX_BODY_BYTES} bytes (1 MiB).`,
        requestId: c.get('requestId'),
      }),
  });

  app.post('/api/v4/:service/:command', limitBody, async (c) => {
    const prepared = await prepare(c, 'single');
    if (prepared instanceof Response) return prepared;
    const [call] = prepared;
    if (!call) throw new Error('prepare returned no call');
    // A caller that goes away before its call leaves takes the call with it: it is never sent.
    const outcome = await send(c, call, c.req.raw.signal, Date.now() + callDeadlineMs);
    c.set('log', logFields(call.service, outcome));
    if (!outcome.ok) return problemResponse({ ...outcome.problem, requestId: c.get('requestId') });
    return new Response(outcome.text, {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  });

  /**
   * Bulk transport: a browser keeps about six connections to one origin, too few to reach the
   * rate limit against a distant upstream. One request carries many bodies; each raw answer is
   * streamed back as an NDJSON line the moment it arrives, in whatever order they finish.
   */
  app.post('/api/batch/v4/:service/:command', limitBody, async (c) => {
    const prepared = await prepare(c, 'batch');
    if (prepared instanceof Response) return prepared;

    const abort = new AbortController();
    // Every call of the batch listens for the caller going away.
    setMaxListeners(MAX_BATCH_REQUESTS * 3, abort.signal);
    c.req.raw.signal.addEventListener('abort', () => abort.abort(), { once: true });
    const deadline = Date.now() + callDeadlineMs;
    const encoder = new TextEncoder();
    let failures = 0;
    let absorbedRateLimits = 0;
    c.set('log', { api: prepared[0]?.service, batch: prepared.length });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const lines = prepared.map(async (call, index) => {
          // A body still waiting when the caller leaves is dropped, never sent later.
          const outcome = await send(c, call, abort.signal, deadline).catch(() => undefined);
          if (!outcome || abort.signal.aborted) return;
          if (!outcome.ok) failures += 1;
          absorbedRateLimits += outcome.absorbedRateLimits;
          controller.enqueue(encoder.encode(`${batchLine(index, outcome, c.get('requestId'))}\n`));
        });
        void Promise.all(lines).then(() => {
          deps.logger?.info(
            { requestId: c.get('requestId'), batch: prepared.length, failures, absorbedRateLimits },
            'bulk call finished',
          );
          if (!abort.signal.aborted) controller.close();
        });
      },
      cancel() {
        abort.abort();
      },
    });
    return new Response(stream, {
      status: 200,
      headers: {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
      },
    });
  });

  app.route('/', createPlanRoutes({ callUpstream, refuse: refuseCaller, runs: deps.runs?.store }));

  if (deps.runs) {
    app.route(
      '/',
      createRunRoutes({
        ...deps.runs,
        callUpstream,
        target: { sdkAppId: deps.target.sdkAppId, host: deps.target.host, mode: deps.target.mode },
        refuse: refuseCaller,
        clock: deps.clock,
      }),
    );
  }

  if (deps.target.mode === 'emulator') {
    // The emulator panel: the emulator's control API, which a real Tencent app does not have.
    app.all('/api/emulator/*', limitBody, (c) => forwardToEmulator(c));
  }

  app.all('/api/*', (c) =>
    notFound(c.get('requestId'), `${c.req.method} ${c.req.path} is not an API route.`),
  );

  if (deps.staticDir) {
    app.use('/*', serveStatic({ root: deps.staticDir }));
    app.get('/*', serveStatic({ root: deps.staticDir, path: 'index.html' }));
  }

  /**
   * Everything a call must pass before it may spend the credential or the rate budget: the
   * allowlist, the origin, the caller's role, the media type and the contract.
   */
  async function prepare(
    c: Context<Env>,
    shape: 'single' | 'batch',
  ): Promise<Prepared[] | Response> {
    const requestId = c.get('requestId');
    const service = `v4/${c.req.param('service')}/${c.req.param('command')}`;
    const endpoint = findEndpoint(service);
    if (!endpoint) return notFound(requestId, `${service} is not an API this console forwards.`);

    const refused = refuseCaller(
      c,
      endpoint.access === 'write' ? `may only call read APIs; ${service} changes data` : undefined,
    );
    if (refused) return refused;
    const mediaTypeRefusal = refuseMediaType(c.req.header('content-type'));
    if (mediaTypeRefusal) {
      return problemResponse({
        type: 'urn:friend-console:unsupported-media-type',
        title: 'Unsupported media type',
        status: 415,
        detail: mediaTypeRefusal,
        requestId,
      });
    }
    const text = await c.req.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return badRequest(requestId, [{ field: '(body)', message: 'The body is not valid JSON.' }]);
    }
    const bodies = shape === 'single' ? [json] : batchBodies(json);
    if (!Array.isArray(bodies)) return badRequest(requestId, [bodies]);

    const problems: FieldProblem[] = [];
    const calls: Prepared[] = [];
    let sliceStarted = performance.now();
    for (const [index, body] of bodies.entries()) {
      // A full bulk body is thousands of items; other requests get their turn between slices.
      if (performance.now() - sliceStarted > VALIDATION_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
      const parsed = endpoint.request.safeParse(body);
      if (parsed.success) {
        // What was validated and audited is what goes out: re-serialized from the parsed value,
        // never the caller's text, so a duplicate key or any other quirk of the caller's JSON
        // cannot be read one way here and another way by Tencent's parser.
        calls.push({ endpoint, service, body: JSON.stringify(body), parsed: body });
        continue;
      }
      for (const problem of describeIssues(parsed.error)) {
        const field =
          shape === 'batch'
            ? `requests[${index}]${problem.field === '(body)' ? '' : `.${problem.field}`}`
            : problem.field;
        problems.push({ field, message: problem.message });
      }
    }
    return problems.length > 0 ? badRequest(requestId, problems) : calls;
  }

  /**
   * A call from another site, or a change by a viewer (`viewerLimit` says what a viewer may do,
   * when the call changes data), is refused before it reaches anything.
   */
  function refuseCaller(c: Context<Env>, viewerLimit: string | undefined): Response | undefined {
    const requestId = c.get('requestId');
    const crossSite = crossSiteReason(c, deps.publicOrigin);
    if (crossSite) {
      return problemResponse({
        type: 'urn:friend-console:cross-site',
        title: 'Cross-site request refused',
        status: 403,
        detail: crossSite,
        requestId,
      });
    }
    const caller = c.get('caller');
    if (viewerLimit !== undefined && caller.role !== 'operator') {
      return problemResponse({
        type: 'urn:friend-console:forbidden',
        title: 'Operator role required',
        status: 403,
        detail: `${caller.identity} is a viewer and ${viewerLimit}. Ask for the operator role.`,
        requestId,
      });
    }
    return undefined;
  }

  /** Passes a control call to the emulator; changes need an operator, like any write. */
  async function forwardToEmulator(c: Context<Env>): Promise<Response> {
    const requestId = c.get('requestId');
    const changes = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (changes) {
      const refused = refuseCaller(c, "may only read the emulator's state");
      if (refused) return refused;
    }
    const url = new URL(c.req.url);
    const path = url.pathname.slice('/api/emulator'.length);
    try {
      const answer = await (deps.fetch ?? fetch)(
        `${deps.upstream.baseUrl}/__emulator${path}${url.search}`,
        {
          method: c.req.method,
          headers: { 'content-type': c.req.header('content-type') ?? 'application/json' },
          body: changes ? await c.req.text() : undefined,
        },
      );
      return new Response(answer.body, {
        status: answer.status,
        headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
      });
    } catch (error) {
      return problemResponse({
        type: 'urn:friend-console:upstream-unreachable',
        title: 'Emulator unreachable',
        status: 502,
        detail: `The emulator did not answer: ${(error as Error).message}`,
        requestId,
      });
    }
  }

  /**
   * One upstream call, audited before its answer leaves when it changes data. A call whose
   * deadline passes before it can leave answers 504; one whose caller left is never sent and
   * rejects with CallNotSent. A write that left is audited with its outcome, caller or not.
   */
  async function send(
    c: Context<Env>,
    call: Prepared,
    signal: AbortSignal,
    deadline: number,
  ): Promise<UpstreamOutcome> {
    const write = call.endpoint.access === 'write';
    const requestId = c.get('requestId');
    let outcome: UpstreamOutcome;
    try {
      outcome = await callUpstream({
        service: call.service,
        body: call.body,
        retry: !write,
        requestId,
        signal,
        deadline,
      });
    } catch (error) {
      if (!(error instanceof CallNotSent) || error.reason !== 'deadline') throw error;
      return {
        ok: false,
        problem: {
          type: 'urn:friend-console:deadline-exceeded',
          title: 'The call deadline passed',
          status: 504,
          detail: `The call could not leave within ${callDeadlineMs / 1000} s (CALL_DEADLINE_MS); nothing was sent.`,
        },
        attempts: 0,
        absorbedRateLimits: 0,
      };
    }
    if (write) {
      const caller = c.get('caller');
      const entry = auditEntry(
        {
          time: new Date(deps.clock?.() ?? Date.now()).toISOString(),
          requestId,
          operator: caller.identity,
          role: caller.role,
          api: call.service,
          body: call.parsed,
        },
        outcome,
      );
      await Promise.all([deps.auditLog?.append(entry), deps.runs?.store.appendAudit(entry)]);
    }
    return outcome;
  }

  /** An address past the threshold of wrong credentials is refused before any is checked. */
  async function throttled(
    address: string | undefined,
    requestId: string,
  ): Promise<Response | undefined> {
    const wait = await authThrottle.waitFor(address);
    return wait > 0 ? tooManyAttempts(wait, requestId) : undefined;
  }

  return app;
}

/** The paced, signed upstream caller the proxy's routes and its runs share. */
export function createProxyUpstream(deps: ProxyDeps): CallUpstream {
  return createUpstream({
    baseUrl: deps.upstream.baseUrl,
    host: deps.target.host,
    credentials: deps.upstream.credentials,
    userSigs: deps.userSigs ?? createUserSigSource(deps.upstream.credentials, deps.clock),
    pacer: deps.pacer ?? createPacer({}),
    transport: deps.upstreamTransport,
    timeoutMs: deps.upstreamTimeoutMs,
    callDeadlineMs: deps.callDeadlineMs,
    maxAnswerBytes: deps.maxAnswerBytes,
    logger: deps.logger,
    random: deps.random,
  });
}

function tooManyAttempts(waitMs: number, requestId: string): Response {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const response = problemResponse({
    type: 'urn:friend-console:too-many-attempts',
    title: 'Too many wrong credentials',
    status: 429,
    detail: `Too many wrong credentials from this address; try again in ${seconds} s.`,
    requestId,
  });
  response.headers.set('retry-after', String(seconds));
  return response;
}

function batchBodies(json: unknown): unknown[] | FieldProblem {
  const requests = (json as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    return { field: 'requests', message: 'requests must be a non-empty array of request bodies' };
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    return {
      field: 'requests',
      message: `requests has ${requests.length} bodies; the limit is ${MAX_BATCH_REQUESTS} per bulk call`,
    };
  }
  return requests;
}

function logFields(service: string, outcome: UpstreamOutcome): Record<string, unknown> {
  return {
    api: service,
    attempts: outcome.attempts,
    absorbedRateLimits: outcome.absorbedRateLimits,
    ...(outcome.ok
      ? { ActionStatus: outcome.head.ActionStatus, ErrorCode: outcome.head.ErrorCode }
      : { upstreamProblem: outcome.problem.type }),
  };
}

/** Tencent's JSON goes out as it came; only a body spread over lines is compacted for NDJSON. */
function batchLine(index: number, outcome: UpstreamOutcome, requestId: string): string {
  if (!outcome.ok) {
    const problem: Problem = { ...outcome.problem, requestId };
    return JSON.stringify({ index, status: problem.status, problem });
  }
  const body = /[\r\n]/.test(outcome.text) ? JSON.stringify(outcome.json) : outcome.text;
  return `{"index":${index},"status":200,"body":${body}}`;
}

/**
 * Browsers say where a request comes from; a write from another site is someone else's page
 * acting with this console's credential. Clients that send neither header are not browsers.
 */
function crossSiteReason(c: Context<Env>, publicOrigin: string | undefined): string | undefined {
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `Sec-Fetch-Site is ${fetchSite}; the console accepts calls from its own pages only.`;
  }
  const origin = c.req.header('origin');
  if (!origin) return undefined;
  const expected = publicOrigin ?? `${new URL(c.req.url).protocol}//${c.req.header('host')}`;
  return origin === expected
    ? undefined
    : `Origin ${origin} is not this console (${expected}); the console accepts calls from its own pages only.`;
}

function remoteAddress(c: Context<Env>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function notFound(requestId: string, detail: string): Response {
  return problemResponse({
    type: 'urn:friend-console:not-found',
    title: 'Not found',
    status: 404,
    detail,
    requestId,
  });
}
