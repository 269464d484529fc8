import type { Logger } from 'pino';

import { tencentUrl } from '@/shared/node/tencent-url';

import type { UpstreamCredentials } from './config';
import type { Pacer } from './pacer';
import type { Problem } from './problem';
import type { UserSigSource } from './user-sig-source';

/** Tencent's backend gives up at 3 s (contract §1.3); wait a little longer than it does. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;
/** Reads are tried this many times in all; writes once. */
export const READ_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 100;

type Attempt =
  | { ok: true; text: string; json: Record<string, unknown> }
  | { ok: false; problem: Omit<Problem, 'requestId'> };
export type UpstreamOutcome = Attempt & { attempts: number };

export interface UpstreamCall {
  service: string;
  body: string;
  /** Reads are idempotent, so transient failures are retried; writes never are. */
  retry: boolean;
  requestId: string;
  signal?: AbortSignal;
  /**
   * Awaited once the call has its pacing slot and just before its first attempt leaves; a run
   * records there that the call is out, so a crash after it counts the call as unknown.
   */
  onDeparture?: () => void | Promise<void>;
}

/** The caller gave up before the call left the proxy: nothing reached the upstream. */
export class CallNotSent extends Error {
  constructor(cause: unknown) {
    super('The call was cancelled before it was sent.', { cause });
    this.name = 'CallNotSent';
  }
}

export interface UpstreamOptions {
  baseUrl: string;
  host: string;
  credentials: UpstreamCredentials;
  userSigs: UserSigSource;
  pacer: Pacer;
  fetch?: typeof fetch;
  timeoutMs?: number;
  logger?: Logger;
  random?: () => number;
}

export type CallUpstream = (call: UpstreamCall) => Promise<UpstreamOutcome>;

/** Sends one paced, signed call to Tencent (or the emulator) and classifies the answer. */
export function createUpstream(options: UpstreamOptions): CallUpstream {
  const upstreamFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const random = options.random ?? Math.random;

  async function attempt(call: UpstreamCall, first: boolean): Promise<Attempt> {
    try {
      await options.pacer.acquire(call.service, call.signal);
    } catch (error) {
      if (call.signal?.aborted) {
        if (first) throw new CallNotSent(error);
        throw error;
      }
      // The shared budget cannot be read: the call fails rather than go out unpaced.
      return {
        ok: false,
        problem: {
          type: 'urn:friend-console:pacing-unavailable',
          title: 'The shared rate budget cannot be reached',
          status: 502,
          detail: `Pacing store failed (${(error as Error).message}); nothing was sent to ${options.host}.`,
        },
      };
    }
    if (first) await call.onDeparture?.();
    const url = tencentUrl(options.baseUrl, call.service, {
      sdkAppId: options.credentials.sdkAppId,
      identifier: options.credentials.admin,
      userSig: options.userSigs.current(),
    });
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await upstreamFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: call.body,
        signal: call.signal ? AbortSignal.any([call.signal, timeout]) : timeout,
      });
      text = await response.text();
    } catch (error) {
      if (call.signal?.aborted) throw error;
      const timedOut = timeout.aborted;
      return {
        ok: false,
        problem: timedOut
          ? {
              type: 'urn:friend-console:upstream-timeout',
              title: 'Tencent Chat did not answer in time',
              status: 504,
              detail: `No answer from ${options.host} within ${timeoutMs / 1000} s.`,
            }
          : {
              type: 'urn:friend-console:upstream-unreachable',
              title: 'Tencent Chat could not be reached',
              status: 502,
              detail: `The connection to ${options.host} failed (${describeCause(error)}).`,
            },
      };
    }
    const json = response.status === 200 ? parseObject(text) : undefined;
    if (!json) {
      return {
        ok: false,
        problem: {
          type: 'urn:friend-console:upstream-bad-response',
          title: 'Tencent Chat answered with an error',
          status: 502,
          detail: `${options.host} answered HTTP ${response.status}${response.status === 200 ? ' with a body that is not a JSON object' : ''}.`,
        },
      };
    }
    return { ok: true, text, json };
  }

  return async (call) => {
    const maxAttempts = call.retry ? READ_ATTEMPTS : 1;
    for (let attempts = 1; ; attempts += 1) {
      const outcome = await attempt(call, attempts === 1);
      if (outcome.ok || attempts >= maxAttempts) return { ...outcome, attempts };
      options.logger?.warn(
        { requestId: call.requestId, service: call.service, attempts, problem: outcome.problem },
        'upstream failed; retrying the read',
      );
      // Full jitter, so that retries from many calls do not arrive together.
      await delay(random() * BACKOFF_BASE_MS * 2 ** attempts, call.signal);
    }
  };
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

/** undici hides the socket error in `cause`; neither message carries the URL or its UserSig. */
function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
