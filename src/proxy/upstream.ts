import http from 'node:http';
import https from 'node:https';

import type { Logger } from 'pino';

import { allEndpoints } from '@/shared/contract/endpoints';
import { tencentUrl } from '@/shared/node/tencent-url';

import type { UpstreamCredentials } from './config';
import { type Pacer, type PaceTicket, PacingUnavailable } from './pacer';
import { type Problem, problemOf } from './problem';
import { topLevelMembers } from './upstream-head';
import type { UserSigSource } from './user-sig-source';

/** Tencent's backend gives up at 3 s (contract §1.3); wait a little longer than it does. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;
/** How long a caller's call may take in all, pacing, 60007 resends and retries included. */
export const DEFAULT_CALL_DEADLINE_MS = 30_000;
/** The largest answer forwarded; Tencent's biggest documented answers are a few MiB. */
export const DEFAULT_MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** Reads are tried this many times in all when they fail in transit; writes once. */
export const READ_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 100;

type ProblemFields = Omit<Problem, 'requestId'>;
export type UpstreamOutcome = (
  | {
      ok: true;
      /** Tencent's answer as it came, scrubbed of the credential. */
      text: string;
      /** The same answer parsed, on first read: only the audit and runs need it. */
      readonly json: Record<string, unknown>;
      /** ActionStatus and ErrorCode alone, read without parsing the rest: for the log. */
      readonly head: { ActionStatus?: unknown; ErrorCode?: unknown };
    }
  | { ok: false; problem: ProblemFields }
) & {
  /** Sends to the upstream, 60007 resends included. */
  attempts: number;
  /** 60007 answers the proxy held back and resent; a caller never sees them. */
  absorbedRateLimits: number;
};

export interface UpstreamCall {
  service: string;
  body: string;
  /** Reads are idempotent, so transient failures are retried; writes never are. */
  retry: boolean;
  requestId: string;
  /** The caller gave up: a call still waiting is dropped, one in flight is cut off. */
  signal?: AbortSignal;
  /** Epoch ms after which nothing more is sent; by default now + the call deadline. */
  deadline?: number;
  /**
   * Awaited once the call has its pacing place, right before its first bytes go to the
   * upstream; a run records there that the call is out, so a crash after it counts the call as
   * unknown. Once it was called the call is never CallNotSent.
   */
  onDeparture?: () => void | Promise<void>;
}

export type CallUpstream = (call: UpstreamCall) => Promise<UpstreamOutcome>;

/** Nothing of this call reached the upstream: the caller gave up or its deadline passed first. */
export class CallNotSent extends Error {
  readonly reason: 'aborted' | 'deadline';
  constructor(reason: 'aborted' | 'deadline') {
    super(
      reason === 'aborted'
        ? 'The caller gave up before the call left; nothing was sent'
        : 'The call deadline passed before the call could leave; nothing was sent',
    );
    this.name = 'CallNotSent';
    this.reason = reason;
  }
}

/** What the upstream answered, read in full (at most `maxAnswerBytes`). */
export interface RawAnswer {
  status: number;
  text: string;
}

/**
 * Sends one POST and reads its answer. It must write the request synchronously (before it
 * returns), must not follow redirects, and rejects with `AnswerTooLarge` past the cap.
 */
export type UpstreamTransport = (request: {
  url: URL;
  body: string;
  signal: AbortSignal;
  maxAnswerBytes: number;
}) => Promise<RawAnswer>;

/**
 * The upstream had closed a kept-alive connection just as the call was written on it: it read
 * nothing of the call, so the call is resent on a fresh connection, a write included (the race
 * Node's `reusedSocket` documents).
 */
export class StaleConnection extends Error {
  constructor(cause: unknown) {
    super('The kept-alive connection was closed by the upstream', { cause });
    this.name = 'StaleConnection';
  }
}
/** Resends after a stale connection, at most; then the call fails as unreachable. */
const MAX_STALE_CONNECTIONS = 2;

export class AnswerTooLarge extends Error {
  constructor(limit: number) {
    super(`The answer exceeds ${limit} bytes`);
    this.name = 'AnswerTooLarge';
  }
}

export interface UpstreamOptions {
  baseUrl: string;
  host: string;
  credentials: UpstreamCredentials;
  userSigs: UserSigSource;
  pacer: Pacer;
  /** By default node:http(s) with a keep-alive pool; tests put a fake upstream here. */
  transport?: UpstreamTransport;
  timeoutMs?: number;
  callDeadlineMs?: number;
  maxAnswerBytes?: number;
  logger?: Logger;
  random?: () => number;
}

type Attempt =
  | { kind: 'answer'; text: string }
  | { kind: 'rate-limited' }
  | { kind: 'stale-connection' }
  | { kind: 'failed'; problem: ProblemFields; retryable: boolean };
type Failed = Extract<Attempt, { kind: 'failed' }>;

/**
 * Sends one paced, signed call to Tencent (or the emulator) and classifies the answer. 60007 is
 * held and resent until the deadline (D12: Tencent refuses it without executing it); failures
 * in transit are retried for reads; every byte handed back is scrubbed of the credential.
 */
export function createUpstream(options: UpstreamOptions): CallUpstream {
  const transport = options.transport ?? httpTransport();
  const timeoutMs = options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const callDeadlineMs = options.callDeadlineMs ?? DEFAULT_CALL_DEADLINE_MS;
  const maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  const random = options.random ?? Math.random;
  const scrub = createScrubber(options.credentials.secretKey);
  const host = options.host;
  const sending: Sending = { options, transport, timeoutMs, maxAnswerBytes, scrub };

  return async (call) => {
    const deadline = call.deadline ?? Date.now() + callDeadlineMs;
    const { signal, dispose } = deadlineSignal(call.signal, deadline - Date.now());
    const log = { requestId: call.requestId, service: call.service };
    let attempts = 0;
    let absorbedRateLimits = 0;
    let failures = 0;
    let staleConnections = 0;
    const done = (outcome: Extract<Attempt, { kind: 'answer' | 'failed' }>): UpstreamOutcome =>
      outcome.kind === 'answer'
        ? answered(outcome.text, attempts, absorbedRateLimits)
        : { ok: false, problem: outcome.problem, attempts, absorbedRateLimits };
    try {
      for (;;) {
        let ticket: PaceTicket;
        try {
          ticket = await options.pacer.acquire(call.service, signal);
        } catch (error) {
          if (error instanceof PacingUnavailable) {
            return done(
              failed(
                false,
                problemOf('pacing-unavailable', {
                  detail: `${error.message}; nothing ${attempts > 0 ? 'more ' : ''}was sent to ${host}.`,
                }),
              ),
            );
          }
          if (!signal.aborted) throw error;
          if (attempts === 0) throw new CallNotSent(call.signal?.aborted ? 'aborted' : 'deadline');
          return done(abandoned(call, host, attempts, absorbedRateLimits));
        }
        if (signal.aborted) {
          ticket.unused();
          if (attempts === 0) throw new CallNotSent(call.signal?.aborted ? 'aborted' : 'deadline');
          return done(abandoned(call, host, attempts, absorbedRateLimits));
        }
        if (attempts === 0 && call.onDeparture) {
          await call.onDeparture();
          ticket.departed();
        }
        attempts += 1;
        let outcome: Attempt;
        try {
          outcome = await attempt(sending, call, ticket, signal, deadline);
        } catch {
          return done(abandoned(call, host, attempts, absorbedRateLimits));
        }
        if (outcome.kind === 'rate-limited') {
          absorbedRateLimits += 1;
          options.logger?.warn(
            { ...log, attempts, absorbedRateLimits },
            'upstream answered 60007; holding the call and resending it',
          );
          continue;
        }
        if (outcome.kind === 'stale-connection') {
          staleConnections += 1;
          if (staleConnections <= MAX_STALE_CONNECTIONS) continue;
          return done(
            failed(
              false,
              problemOf('upstream-unreachable', {
                detail: `${host} closed ${staleConnections} kept-alive connections as the call was written.`,
              }),
            ),
          );
        }
        failures += outcome.kind === 'failed' ? 1 : 0;
        if (
          outcome.kind === 'answer' ||
          !outcome.retryable ||
          !call.retry ||
          failures >= READ_ATTEMPTS
        ) {
          return done(outcome);
        }
        options.logger?.warn(
          { ...log, attempts, problem: outcome.problem },
          'upstream failed; retrying the read',
        );
        // Full jitter, so that retries from many calls do not arrive together.
        const waited = await delay(random() * BACKOFF_BASE_MS * 2 ** failures, signal);
        if (!waited) return done(abandoned(call, host, attempts, absorbedRateLimits));
      }
    } finally {
      dispose();
    }
  };
}

/** What every attempt of every call uses: the options and what createUpstream made of them. */
interface Sending {
  options: UpstreamOptions;
  transport: UpstreamTransport;
  timeoutMs: number;
  maxAnswerBytes: number;
  scrub: ReturnType<typeof createScrubber>;
}

/** One send of a call that holds a pacer place, classified; settles the place's ticket. */
async function attempt(
  sending: Sending,
  call: UpstreamCall,
  ticket: PaceTicket,
  signal: AbortSignal,
  deadline: number,
): Promise<Attempt> {
  const { options, transport, timeoutMs, maxAnswerBytes, scrub } = sending;
  const host = options.host;
  const userSig = options.userSigs.current();
  const url = tencentUrl(options.baseUrl, call.service, {
    sdkAppId: options.credentials.sdkAppId,
    identifier: options.credentials.admin,
    userSig,
  });
  const budgetMs = Math.min(timeoutMs, deadline - Date.now());
  const cutOff = new AbortController();
  const onAbort = () => cutOff.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => cutOff.abort(new Error('timeout')), budgetMs);
  try {
    const answer = await transport({
      url,
      body: call.body,
      signal: cutOff.signal,
      maxAnswerBytes,
    });
    const rateLimited = answer.status === 200 && isRateLimited(answer.text);
    ticket.answered(rateLimited);
    if (rateLimited) return { kind: 'rate-limited' };
    return classify(host, answer, scrub(answer.text, userSig));
  } catch (error) {
    // No answer, so no proof of arrival: the hold ends on its own, at departure + margin.
    if (signal.aborted) throw error;
    const failure = transportFailure(error, {
      host,
      maxAnswerBytes,
      // Cut short by the call's deadline rather than the read timeout: the deadline passed.
      cutShort: !cutOff.signal.aborted ? undefined : budgetMs < timeoutMs ? 'deadline' : 'timeout',
      budgetMs,
      scrub: (text) => scrub(text, userSig),
    });
    if (!failure) throw error;
    return failure;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function failed(retryable: boolean, problem: ProblemFields): Failed {
  return { kind: 'failed', problem, retryable };
}

/** The call left, then its caller gave up or its deadline passed: what it did is unknown. */
function abandoned(
  call: UpstreamCall,
  host: string,
  attempts: number,
  absorbedRateLimits: number,
): Failed {
  const gone = call.signal?.aborted;
  return {
    kind: 'failed',
    retryable: false,
    problem: problemOf(gone ? 'caller-gone' : 'deadline-exceeded', {
      detail: `${gone ? 'The caller gave up' : 'The deadline passed'} after ${attempts} send(s) to ${host}${absorbedRateLimits > 0 ? `, ${absorbedRateLimits} of them refused with 60007` : ''}; the last one's effect is unknown.`,
    }),
  };
}

/** A redirect or anything but a JSON object with HTTP 200 fails the attempt. */
function classify(host: string, answer: RawAnswer, text: string): Attempt {
  if (answer.status >= 300 && answer.status < 400) {
    // Following would replay the call somewhere else, a write included.
    return failed(
      false,
      problemOf('upstream-redirect', {
        detail: `${host} answered HTTP ${answer.status}; the proxy does not follow redirects, and nothing was resent.`,
      }),
    );
  }
  if (answer.status !== 200 || !looksLikeObject(text)) {
    return failed(
      true,
      problemOf('upstream-bad-response', {
        detail: `${host} answered HTTP ${answer.status}${answer.status === 200 ? ' with a body that is not a JSON object' : ''}.`,
      }),
    );
  }
  return { kind: 'answer', text };
}

/**
 * What a send that got no usable answer means: retry it, or fail with which problem; undefined
 * when the call's deadline cut it short (the caller reports that).
 */
function transportFailure(
  error: unknown,
  context: {
    host: string;
    maxAnswerBytes: number;
    cutShort: 'deadline' | 'timeout' | undefined;
    budgetMs: number;
    scrub: (text: string) => string;
  },
): Attempt | undefined {
  const { host, maxAnswerBytes, cutShort } = context;
  if (error instanceof StaleConnection) return { kind: 'stale-connection' };
  if (error instanceof AnswerTooLarge) {
    return failed(
      false,
      problemOf('upstream-answer-too-large', {
        detail: `${host} answered with more than ${maxAnswerBytes} bytes (MAX_ANSWER_BYTES); the answer was dropped.`,
      }),
    );
  }
  if (cutShort === 'deadline') return undefined;
  if (cutShort === 'timeout') {
    // A read that timed out for its size would time out again: it is not retried.
    return failed(
      false,
      problemOf('upstream-timeout', {
        detail: `No answer from ${host} within ${(context.budgetMs / 1000).toFixed(1)} s.`,
      }),
    );
  }
  return failed(
    true,
    problemOf('upstream-unreachable', {
      detail: `The connection to ${host} failed (${context.scrub(describeCause(error))}).`,
    }),
  );
}

function answered(text: string, attempts: number, absorbedRateLimits: number): UpstreamOutcome {
  let parsed: Record<string, unknown> | undefined;
  let head: Record<string, unknown> | undefined;
  return {
    ok: true,
    text,
    get json() {
      parsed ??= parseObject(text) ?? {};
      return parsed;
    },
    get head() {
      head ??= parsed ?? topLevelMembers(text, HEAD_MEMBERS);
      return head;
    },
    attempts,
    absorbedRateLimits,
  };
}

const HEAD_MEMBERS = ['ActionStatus', 'ErrorCode'];

/** `"ErrorCode":60007` cannot occur inside a JSON string (its quotes would be escaped). */
const RATE_LIMITED = /"ErrorCode"\s*:\s*60007\b/;

function isRateLimited(text: string): boolean {
  return RATE_LIMITED.test(text) && parseObject(text)?.ErrorCode === 60007;
}

function looksLikeObject(text: string): boolean {
  let start = 0;
  let end = text.length - 1;
  while (start <= end && isSpace(text.charCodeAt(start))) start += 1;
  while (end >= start && isSpace(text.charCodeAt(end))) end -= 1;
  return text.charCodeAt(start) === 0x7b && text.charCodeAt(end) === 0x7d;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const USER_SIG_PARAMETER = /(usersig(?:=|%3D))[^&"'\s\\]+/gi;
const REDACTED = '[redacted]';

/**
 * Removes the credential from upstream text before it is forwarded: the UserSig the call
 * carried (raw or URL-encoded), the secret key, and any `usersig=` value, should the upstream
 * echo the request URL into ErrorInfo or ErrorDisplay.
 */
export function createScrubber(secretKey: string): (text: string, userSig: string) => string {
  const secrets = (userSig: string) =>
    [userSig, encodeURIComponent(userSig), secretKey, encodeURIComponent(secretKey)].filter(
      (secret) => secret.length >= 8,
    );
  return (text, userSig) => {
    let scrubbed = text;
    for (const secret of secrets(userSig)) {
      if (scrubbed.includes(secret)) scrubbed = scrubbed.split(secret).join(REDACTED);
    }
    return /usersig/i.test(scrubbed)
      ? scrubbed.replace(USER_SIG_PARAMETER, `$1${REDACTED}`)
      : scrubbed;
  };
}

/** node:http exposes the socket error directly; neither message carries the URL or its UserSig. */
function describeCause(error: unknown): string {
  const withCode = error as { code?: string; message?: string; cause?: { code?: string } };
  return withCode.code ?? withCode.cause?.code ?? withCode.message ?? String(error);
}

/** A signal that aborts when the caller's does or when `ms` have passed. */
function deadlineSignal(
  caller: AbortSignal | undefined,
  ms: number,
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  caller?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new Error('deadline')), Math.max(0, ms));
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function delay(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * POSTs over node:http(s) with keep-alive. Every API together may run at the sum of their
 * limits, each call holding a socket for one round trip, so the pool keeps that many idle
 * sockets; it never queues (the pacer decides when a call leaves, an agent queue would delay it
 * behind the pacer's back).
 */
export function httpTransport(): UpstreamTransport {
  const idle = allEndpoints().reduce((sum, endpoint) => sum + endpoint.ratePerSecond, 0);
  // Idle sockets are dropped after 2 s, before servers usually drop them (Node's is 5 s).
  const agentOptions = {
    keepAlive: true,
    maxFreeSockets: idle,
    timeout: 2000,
    scheduling: 'lifo' as const,
  };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  return ({ url, body, signal, maxAnswerBytes }) =>
    new Promise<RawAnswer>((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const request = (secure ? https : http).request(url, {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        signal,
      });
      let answered = false;
      request.on('error', (error: NodeJS.ErrnoException) => {
        const stale =
          request.reusedSocket &&
          !answered &&
          (error.code === 'ECONNRESET' || error.code === 'EPIPE');
        reject(stale ? new StaleConnection(error) : error);
      });
      request.on('response', (response) => {
        answered = true;
        const status = response.statusCode ?? 0;
        const tooLarge = () => {
          reject(new AnswerTooLarge(maxAnswerBytes));
          request.destroy();
        };
        if (Number(response.headers['content-length'] ?? 0) > maxAnswerBytes) return tooLarge();
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxAnswerBytes) tooLarge();
          else chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status, text: Buffer.concat(chunks, size).toString('utf8') }),
        );
        response.on('error', reject);
        response.on('close', () => {
          if (!response.complete) reject(new Error('the answer was cut off'));
        });
      });
      request.end(body);
    });
}
