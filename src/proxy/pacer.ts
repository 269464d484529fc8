import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

import { findEndpoint } from '@/shared/contract/endpoints';

/**
 * Keeps every API under its documented per-second limit (contract §5), across all proxy
 * instances that share one Redis.
 *
 * Tencent counts calls in a sliding second (D12), while rate-limiter-flexible counts fixed
 * windows of whole seconds. Two full fixed windows back to back would put twice the limit into
 * one sliding second, so each second is cut into short slots of a few calls each: any sliding
 * second then touches at most one slot more than a second holds, which HEADROOM pays for.
 */
export interface Pacer {
  /** Resolves when one call to `service` may leave now; rejects when `signal` aborts first. */
  acquire(service: string, signal?: AbortSignal): Promise<void>;
}

/** The share of the documented limit the proxy plans for; the rest absorbs one slot and jitter. */
export const HEADROOM = 0.95;

export interface PacerOptions {
  /** Calls per second allowed for a service; by default the contract's endpoint table. */
  rateFor?: (service: string) => number;
  /** Shared budget across instances; without it the budget is this process's alone. */
  redis?: Redis;
  keyPrefix?: string;
  clock?: () => number;
}

interface Slotting {
  slotMs: number;
  callsPerSlot: number;
  limiter: RateLimiterAbstract;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
}

export function slotsFor(limit: number): { slotMs: number; callsPerSlot: number } {
  const planned = limit * HEADROOM;
  // A sliding second holds the planned rate plus at most one slot, which must fit the limit.
  const callsPerSlot = Math.max(1, Math.floor((limit - planned) / 2));
  return { slotMs: (1000 * callsPerSlot) / planned, callsPerSlot };
}

export function createPacer(options: PacerOptions): Pacer {
  const clock = options.clock ?? Date.now;
  const prefix = options.keyPrefix ?? 'friend-console:pace';
  const slottings = new Map<string, Slotting>();
  const queues = new Map<string, Waiter[]>();
  const pumping = new Set<string>();

  function slotting(service: string): Slotting {
    let found = slottings.get(service);
    if (!found) {
      const { slotMs, callsPerSlot } = slotsFor((options.rateFor ?? documentedRate)(service));
      const base = { points: callsPerSlot, duration: 2, keyPrefix: `${prefix}:${service}` };
      const limiter = options.redis
        ? new RateLimiterRedis({ ...base, storeClient: options.redis, useRedisPackage: false })
        : new RateLimiterMemory(base);
      found = { slotMs, callsPerSlot, limiter };
      slottings.set(service, found);
    }
    return found;
  }

  async function pump(service: string): Promise<void> {
    if (pumping.has(service)) return;
    pumping.add(service);
    const queue = queues.get(service) ?? [];
    const { slotMs, limiter } = slotting(service);
    try {
      while (queue.length > 0) {
        const head = queue[0];
        if (head?.signal?.aborted) {
          queue.shift();
          continue;
        }
        const now = clock();
        const slot = Math.floor(now / slotMs);
        try {
          await limiter.consume(String(slot));
          queue.shift()?.resolve();
        } catch (error) {
          if (!(error instanceof RateLimiterRes)) {
            // The shared store failed: the waiting calls fail rather than go out unpaced.
            for (const waiter of queue.splice(0)) waiter.reject(error);
            return;
          }
          await sleep((slot + 1) * slotMs - now);
        }
      }
    } finally {
      pumping.delete(service);
    }
  }

  return {
    acquire(service, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        let queue = queues.get(service);
        if (!queue) queues.set(service, (queue = []));
        const onAbort = () => reject(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push({
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          reject,
          signal,
        });
        void pump(service);
      });
    },
  };
}

/** Unknown services never reach the pacer: the allowlist answers 404 first. */
export function documentedRate(service: string): number {
  return findEndpoint(service)?.ratePerSecond ?? 100;
}

/** A pacer that never waits: for measuring the proxy itself, and for emulators without limits. */
export const unpaced: Pacer = { acquire: () => Promise.resolve() };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(ms))));
}
