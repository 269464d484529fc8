import { setMaxListeners } from 'node:events';

import { type Context, Hono } from 'hono';
import type { Logger } from 'pino';

import { describeIssues, type FieldProblem } from '@/shared/contract/common';
import { type EndpointDef, findEndpoint } from '@/shared/contract/endpoints';

import type { RefuseCaller } from './access-guard';
import { auditEntry, type AuditLog } from './audit-log';
import { limitBody } from './guards';
import { refuseMediaType } from './media-type';
import {
  badRequest,
  INVALID_JSON,
  type Problem,
  problemOf,
  problemResponse,
  refusal,
} from './problem';
import type { ProxyEnv } from './proxy-env';
import type { RunStore } from './runs/run-store';
import { type CallUpstream, CallNotSent, type UpstreamOutcome } from './upstream';

/** Request bodies per bulk call; the 1 MiB body limit usually binds first. */
export const MAX_BATCH_REQUESTS = 1000;
/** How long bulk validation runs before it lets other requests in. */
const VALIDATION_SLICE_MS = 5;

export interface TencentRouteDeps {
  callUpstream: CallUpstream;
  refuse: RefuseCaller;
  callDeadlineMs: number;
  auditLog?: AuditLog;
  /** History's copy of the audit, when runs are on. */
  runStore?: RunStore;
  clock?: () => number;
  logger?: Logger;
}

interface Prepared {
  endpoint: EndpointDef;
  service: string;
  body: string;
  parsed: unknown;
}

/**
 * `POST /api/v4/:service/:command` forwards one call; `/api/batch/v4/…` carries many bodies for
 * one API. Both pass the same checks (`prepare`) and send each call the same way (`send`).
 */
export function createTencentRoutes(deps: TencentRouteDeps): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();

  app.post('/api/v4/:service/:command', limitBody, async (c) => {
    const prepared = await prepare(c, 'single', deps.refuse);
    if (prepared instanceof Response) return prepared;
    const [call] = prepared;
    if (!call) throw new Error('prepare returned no call');
    // A caller that goes away before its call leaves takes the call with it: it is never sent.
    const outcome = await send(deps, c, call, c.req.raw.signal, Date.now() + deps.callDeadlineMs);
    c.set('log', logFields(call.service, outcome));
    if (!outcome.ok) return problemResponse({ ...outcome.problem, requestId: c.get('requestId') });
    return new Response(outcome.text, {
      status: 200,
      // How many times the call went upstream, for the console's "calls made in this tab".
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-upstream-attempts': String(outcome.attempts),
      },
    });
  });

  /**
   * Bulk transport: a browser keeps about six connections to one origin, too few to reach the
   * rate limit against a distant upstream. One request carries many bodies; each raw answer is
   * streamed back as an NDJSON line the moment it arrives, in whatever order they finish.
   */
  app.post('/api/batch/v4/:service/:command', limitBody, async (c) => {
    const prepared = await prepare(c, 'batch', deps.refuse);
    if (prepared instanceof Response) return prepared;
    c.set('log', { api: prepared[0]?.service, batch: prepared.length });
    return new Response(batchStream(deps, c, prepared), {
      status: 200,
      headers: {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
      },
    });
  });

  return app;
}

function batchStream(
  deps: TencentRouteDeps,
  c: Context<ProxyEnv>,
  prepared: Prepared[],
): ReadableStream<Uint8Array> {
  const abort = new AbortController();
  // Every call of the batch listens for the caller going away.
  setMaxListeners(MAX_BATCH_REQUESTS * 3, abort.signal);
  c.req.raw.signal.addEventListener('abort', () => abort.abort(), { once: true });
  const deadline = Date.now() + deps.callDeadlineMs;
  const encoder = new TextEncoder();
  let failures = 0;
  let absorbedRateLimits = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const lines = prepared.map(async (call, index) => {
        // A body still waiting when the caller leaves is dropped, never sent later.
        const outcome = await send(deps, c, call, abort.signal, deadline).catch(() => undefined);
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
}

/**
 * Everything a call must pass before it may spend the credential or the rate budget: the
 * allowlist, the origin, the caller's role, the media type and the contract.
 */
async function prepare(
  c: Context<ProxyEnv>,
  shape: 'single' | 'batch',
  refuse: RefuseCaller,
): Promise<Prepared[] | Response> {
  const requestId = c.get('requestId');
  const service = `v4/${c.req.param('service')}/${c.req.param('command')}`;
  const endpoint = findEndpoint(service);
  if (!endpoint) {
    return refusal('not-found', requestId, {
      detail: `${service} is not an API this console forwards.`,
    });
  }
  const refused = refuse(
    c,
    endpoint.access === 'write' ? `may only call read APIs; ${service} changes data` : undefined,
  );
  if (refused) return refused;
  const mediaTypeRefusal = refuseMediaType(c.req.header('content-type'));
  if (mediaTypeRefusal) {
    return refusal('unsupported-media-type', requestId, { detail: mediaTypeRefusal });
  }
  const text = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return badRequest(requestId, [INVALID_JSON]);
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
 * One upstream call, audited before its answer leaves when it changes data. A call whose
 * deadline passes before it can leave answers 504; one whose caller left is never sent and
 * rejects with CallNotSent. A write that left is audited with its outcome, caller or not.
 */
async function send(
  deps: TencentRouteDeps,
  c: Context<ProxyEnv>,
  call: Prepared,
  signal: AbortSignal,
  deadline: number,
): Promise<UpstreamOutcome> {
  const write = call.endpoint.access === 'write';
  const requestId = c.get('requestId');
  let outcome: UpstreamOutcome;
  try {
    outcome = await deps.callUpstream({
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
      problem: problemOf('deadline-exceeded', {
        detail: `The call could not leave within ${deps.callDeadlineMs / 1000} s (CALL_DEADLINE_MS); nothing was sent.`,
      }),
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
    await Promise.all([deps.auditLog?.append(entry), deps.runStore?.appendAudit(entry)]);
  }
  return outcome;
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
