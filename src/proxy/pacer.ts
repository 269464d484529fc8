import { randomUUID } from 'node:crypto';

import type { Redis } from 'ioredis';

import { findEndpoint } from '@/shared/contract/endpoints';

/**
 * Keeps every API under its documented per-second limit (contract §5), across all proxy
 * instances that share one Redis.
 *
 * Tencent counts the calls that reach it in a sliding second (D12). The proxy cannot see when a
 * call reaches Tencent, only when it left and when its answer came back, and the time between
 * leaving and arriving jitters (hundreds of ms on a loaded machine). So each call that leaves
 * holds one of the API's `limit` places until one second after it certainly arrived:
 *
 *   hold ends at min(answer, departure + margin) + 1 s
 *
 * A call arrives before its answer, so a hold ended by the answer can never let a sliding second
 * at the upstream overrun. A hold ended by `departure + margin` is safe while calls arrive within
 * `margin` of leaving; it only matters when the answer is slower than that (a distant upstream),
 * where waiting for the answer would waste the budget. The margin is learnt: each 60007 (the
 * upstream counted more than the limit, so some call arrived later than the margin) raises it,
 * and it decays back over a few seconds. The 60007 call itself is resent by the upstream client.
 *
 * Calls wait in a FIFO per API. The queue is served from the holds' end times rather than from
 * timer ticks, so a late timer loses nothing: every place that freed meanwhile is taken at once.
 */
export interface Pacer {
  /**
   * Resolves when one call to `service` may leave now, with the ticket it must settle when its
   * answer comes back; rejects when `signal` aborts first (and the call must not be sent), or
   * with `PacingUnavailable` when the shared budget cannot be read.
   */
  acquire(service: string, signal?: AbortSignal): Promise<PaceTicket>;
}

export interface PaceTicket {
  /**
   * The call leaves only now, after work done between taking its place and sending (a run
   * records the call as sent first): its hold restarts from now, so the margin still bounds
   * the time from leaving to arriving.
   */
  departed(): void;
  /** The answer came back; `rateLimited` when it was 60007, which widens the margin. */
  answered(rateLimited: boolean): void;
  /** The call was not sent after all: its place goes back at once. */
  unused(): void;
}

/** The shared budget could not be read; nothing was sent. */
export class PacingUnavailable extends Error {
  constructor(cause: unknown) {
    super(`Pacing store failed (${(cause as Error).message})`, { cause });
    this.name = 'PacingUnavailable';
  }
}

export const WINDOW_MS = 1000;
/** The margin with no recent 60007: enough for a loopback or LAN hop. */
export const BASE_MARGIN_MS = 25;
/** The widest margin: beyond this the answer usually ends the hold first anyway. */
export const MAX_MARGIN_MS = 1000;
/** After a 60007 the margin widens, then halves its excess every this many ms. */
export const MARGIN_HALF_LIFE_MS = 3000;
/** With Redis, other instances' answers can free places early; look again this often. */
const SHARED_POLL_MS = 20;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface PacerOptions {
  /** Calls per second allowed for a service; by default the contract's endpoint table. */
  rateFor?: (service: string) => number;
  /** Shared budget across instances; without it the budget is this process's alone. */
  redis?: Redis;
  keyPrefix?: string;
  clock?: () => number;
  timers?: Timers;
  /** Called on each widening after a 60007, for the log. */
  onMarginWidened?: (service: string, marginMs: number) => void;
}

/** The learnt time a call may take to reach the upstream (see Pacer). */
export class Margin {
  private peak = BASE_MARGIN_MS;
  private widenedAt = Number.NEGATIVE_INFINITY;

  at(now: number): number {
    const decay = 0.5 ** ((now - this.widenedAt) / MARGIN_HALF_LIFE_MS);
    return BASE_MARGIN_MS + (this.peak - BASE_MARGIN_MS) * decay;
  }

  /**
   * A 60007 for a call that left at `departedAt`. Calls that left before the last widening were
   * planned with the old margin, so a cluster of refusals widens once, not once per call.
   */
  widen(now: number, departedAt: number): number | undefined {
    if (departedAt < this.widenedAt) return undefined;
    this.peak = Math.min(MAX_MARGIN_MS, 2 * this.at(now) + BASE_MARGIN_MS);
    this.widenedAt = now;
    return this.peak;
  }
}

/** Either a place was taken (`hold` names it) or the earliest one frees in `waitMs`. */
type Take = { hold: string } | { waitMs: number };

interface BudgetStore {
  take(service: string, limit: number, holdMs: number): Promise<Take> | Take;
  /** Ends a hold `afterMs` from now, unless it already ends sooner. */
  settle(service: string, hold: string, afterMs: number): void;
  /** Makes a hold end `holdMs` from now, held again if it had ended. */
  restart(service: string, hold: string, holdMs: number): void;
}

interface Waiter {
  resolve: (ticket: PaceTicket) => void;
  reject: (reason: unknown) => void;
}

interface Lane {
  queue: Waiter[];
  margin: Margin;
  pumping: boolean;
  /** Counts holds ended early, so a pump that looked before one ended looks again. */
  settles: number;
  wake?: { at: number; handle: unknown; resolve: () => void };
}

export function createPacer(options: PacerOptions = {}): Pacer {
  const clock = options.clock ?? Date.now;
  const timers = options.timers ?? realTimers;
  const rateFor = options.rateFor ?? documentedRate;
  const store = options.redis
    ? redisStore(options.redis, options.keyPrefix ?? 'friend-console:pace')
    : memoryStore(clock);
  const lanes = new Map<string, Lane>();

  function lane(service: string): Lane {
    let found = lanes.get(service);
    if (!found)
      lanes.set(service, (found = { queue: [], margin: new Margin(), pumping: false, settles: 0 }));
    return found;
  }

  function sleep(current: Lane, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const at = clock() + ms;
      current.wake = { at, resolve, handle: timers.set(resolve, Math.max(0, Math.ceil(ms))) };
    });
  }

  /** A hold ended sooner than the queue planned for: serve the queue sooner too. */
  function nudge(current: Lane, at: number): void {
    const wake = current.wake;
    if (!wake || at >= wake.at) return;
    timers.clear(wake.handle);
    wake.at = at;
    wake.handle = timers.set(wake.resolve, Math.max(0, Math.ceil(at - clock())));
  }

  function ticket(service: string, current: Lane, hold: string): PaceTicket {
    let departedAt = clock();
    let settled = false;
    const settle = (afterMs: number) => {
      if (settled) return;
      settled = true;
      store.settle(service, hold, afterMs);
      current.settles += 1;
      nudge(current, clock() + afterMs);
    };
    return {
      departed() {
        if (settled) return;
        departedAt = clock();
        store.restart(service, hold, current.margin.at(departedAt) + WINDOW_MS);
      },
      answered(rateLimited) {
        const widened = rateLimited ? current.margin.widen(clock(), departedAt) : undefined;
        if (widened !== undefined) options.onMarginWidened?.(service, widened);
        settle(WINDOW_MS);
      },
      unused: () => settle(0),
    };
  }

  async function pump(service: string, current: Lane): Promise<void> {
    if (current.pumping) return;
    current.pumping = true;
    const limit = rateFor(service);
    try {
      while (current.queue.length > 0) {
        const settles = current.settles;
        const taken = await store.take(service, limit, current.margin.at(clock()) + WINDOW_MS);
        if ('waitMs' in taken) {
          if (current.settles !== settles) continue;
          await sleep(
            current,
            options.redis ? Math.min(taken.waitMs, SHARED_POLL_MS) : taken.waitMs,
          );
          current.wake = undefined;
          continue;
        }
        const granted = ticket(service, current, taken.hold);
        const waiter = current.queue.shift();
        if (waiter) waiter.resolve(granted);
        else granted.unused(); // every waiter gave up while the place was being taken
      }
    } catch (error) {
      // The shared store failed: the waiting calls fail rather than go out unpaced.
      const failure = new PacingUnavailable(error);
      for (const waiter of current.queue.splice(0)) waiter.reject(failure);
    } finally {
      current.pumping = false;
    }
  }

  return {
    acquire(service, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const current = lane(service);
      return new Promise<PaceTicket>((resolve, reject) => {
        const onAbort = () => {
          const index = current.queue.indexOf(waiter);
          if (index >= 0) current.queue.splice(index, 1);
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          resolve: (granted) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(granted);
          },
          reject: (reason) => {
            signal?.removeEventListener('abort', onAbort);
            reject(reason);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        current.queue.push(waiter);
        void pump(service, current);
      });
    },
  };
}

/** This process's own holds: per API, the end time of each place taken. */
function memoryStore(clock: () => number): BudgetStore {
  const holdsByService = new Map<string, Map<string, number>>();
  let next = 0;
  return {
    take(service, limit, holdMs) {
      let holds = holdsByService.get(service);
      if (!holds) holdsByService.set(service, (holds = new Map()));
      const now = clock();
      let earliest = Number.POSITIVE_INFINITY;
      for (const [hold, endsAt] of holds) {
        if (endsAt <= now) holds.delete(hold);
        else earliest = Math.min(earliest, endsAt);
      }
      if (holds.size < limit) {
        const hold = String(next++);
        holds.set(hold, now + holdMs);
        return { hold };
      }
      return { waitMs: earliest - now };
    },
    settle(service, hold, afterMs) {
      const holds = holdsByService.get(service);
      const endsAt = holds?.get(hold);
      if (holds && endsAt !== undefined) holds.set(hold, Math.min(endsAt, clock() + afterMs));
    },
    restart(service, hold, holdMs) {
      holdsByService.get(service)?.set(hold, clock() + holdMs);
    },
  };
}

/**
 * The same holds in one Redis sorted set per API (member: hold, score: end time), shared by all
 * instances. Both scripts read Redis's own clock, so instances need not agree on the time.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return -1
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(0, tonumber(first[2]) - now)
`;
const SETTLE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], 'XX', 'LT', now + tonumber(ARGV[1]), ARGV[2])
`;
const RESTART_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
`;

interface PaceCommands {
  friendConsolePaceTake(
    key: string,
    limit: number,
    holdMs: number,
    hold: string,
    expireMs: number,
  ): Promise<number>;
  friendConsolePaceSettle(key: string, afterMs: number, hold: string): Promise<unknown>;
  friendConsolePaceRestart(
    key: string,
    holdMs: number,
    hold: string,
    expireMs: number,
  ): Promise<unknown>;
}

function redisStore(redis: Redis, prefix: string): BudgetStore {
  redis.defineCommand('friendConsolePaceTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  redis.defineCommand('friendConsolePaceSettle', { numberOfKeys: 1, lua: SETTLE_SCRIPT });
  redis.defineCommand('friendConsolePaceRestart', { numberOfKeys: 1, lua: RESTART_SCRIPT });
  const commands = redis as unknown as PaceCommands;
  const instance = randomUUID();
  let next = 0;
  // The set outlives its longest hold, then vanishes with an idle API.
  const expireMs = MAX_MARGIN_MS + 2 * WINDOW_MS;
  return {
    async take(service, limit, holdMs) {
      const hold = `${instance}:${next++}`;
      const waitMs = await commands.friendConsolePaceTake(
        `${prefix}:${service}`,
        limit,
        Math.ceil(holdMs),
        hold,
        expireMs,
      );
      return waitMs < 0 ? { hold } : { waitMs };
    },
    settle(service, hold, afterMs) {
      // A settle that fails leaves the hold to end on its own: slower, never unsafe.
      commands
        .friendConsolePaceSettle(`${prefix}:${service}`, afterMs, hold)
        .catch(() => undefined);
    },
    restart(service, hold, holdMs) {
      // Sent on this instance's one connection ahead of its next take; should Redis fail it,
      // that take fails as well and nothing more leaves.
      commands
        .friendConsolePaceRestart(`${prefix}:${service}`, Math.ceil(holdMs), hold, expireMs)
        .catch(() => undefined);
    },
  };
}

/** Unknown services never reach the pacer: the allowlist answers 404 first. */
export function documentedRate(service: string): number {
  return findEndpoint(service)?.ratePerSecond ?? 100;
}

const noTicket: PaceTicket = {
  departed: () => undefined,
  answered: () => undefined,
  unused: () => undefined,
};

/** A pacer that never waits: for measuring the proxy itself, and for emulators without limits. */
export const unpaced: Pacer = {
  acquire: (_service, signal) =>
    signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve(noTicket),
};
