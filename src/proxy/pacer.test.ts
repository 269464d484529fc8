import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  BASE_MARGIN_MS,
  createPacer,
  Margin,
  MARGIN_HALF_LIFE_MS,
  type PaceTicket,
  type Timers,
  WINDOW_MS,
} from './pacer';

/**
 * A discrete-event world with a fake clock: the pacer's timers fire late by whatever `lateness`
 * says, and a simulated upstream counts arrivals in a sliding second as Tencent does (D12).
 */
class World {
  now = 0;
  private seq = 0;
  private events: { at: number; seq: number; run: () => void; cancelled: boolean }[] = [];
  readonly timers: Timers;

  constructor(lateness: () => number = () => 0) {
    this.timers = {
      set: (run, ms) => this.at(this.now + ms + lateness(), run),
      clear: (handle) => {
        (handle as { cancelled: boolean }).cancelled = true;
      },
    };
  }

  at(time: number, run: () => void) {
    const event = { at: Math.max(time, this.now), seq: this.seq++, run, cancelled: false };
    this.events.push(event);
    return event;
  }

  /** Runs every event in time order, letting promise chains settle after each. */
  async run(afterEach: () => void = () => undefined): Promise<void> {
    await settle();
    for (;;) {
      this.events = this.events.filter((event) => !event.cancelled);
      if (this.events.length === 0) return;
      this.events.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.events.shift()!;
      this.now = next.at;
      next.run();
      await settle();
      afterEach();
    }
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Arrivals the upstream accepted within the second ending at `time`. */
function overLimit(arrivals: number[], limit: number): number | undefined {
  const sorted = [...arrivals].sort((a, b) => a - b);
  for (let i = limit; i < sorted.length; i += 1) {
    if (sorted[i]! - sorted[i - limit]! < WINDOW_MS) return sorted[i];
  }
  return undefined;
}

interface Trip {
  /** Time from leaving the proxy to reaching the upstream. */
  transit: number;
  /** Time from reaching the upstream to the answer being back at the proxy. */
  back: number;
}

/** Sends `trips` calls requested at `requestedAt`, absorbing refusals as the upstream client does. */
async function simulate(options: {
  limit: number;
  trips: Trip[];
  requestedAt: (index: number) => number;
  lateness?: () => number;
  onEvent?: (world: World, waiting: number, departures: number[]) => void;
}) {
  const world = new World(options.lateness);
  const pacer = createPacer({
    rateFor: () => options.limit,
    clock: () => world.now,
    timers: world.timers,
  });
  const accepted: number[] = [];
  const departures: number[] = [];
  let refused = 0;
  let waiting = 0;
  let done = 0;

  const send = (trip: Trip) => {
    waiting += 1;
    void pacer.acquire('v4/sns/friend_check').then((ticket: PaceTicket) => {
      waiting -= 1;
      departures.push(world.now);
      world.at(world.now + trip.transit, () => {
        const windowStart = world.now - WINDOW_MS;
        const inWindow = accepted.filter((time) => time > windowStart).length;
        const rateLimited = inWindow >= options.limit;
        if (!rateLimited) accepted.push(world.now);
        world.at(world.now + trip.back, () => {
          ticket.answered(rateLimited);
          if (!rateLimited) done += 1;
          else {
            refused += 1;
            send(trip);
          }
        });
      });
    });
  };
  options.trips.forEach((trip, index) => world.at(options.requestedAt(index), () => send(trip)));
  await world.run(() => options.onEvent?.(world, waiting, departures));
  return { accepted, departures, refused, done, end: world.now };
}

const trip = (maxTransit: number) =>
  fc.record({
    transit: fc.integer({ min: 0, max: maxTransit }),
    // Answers both faster and much slower than the margin, so both ends of a hold are exercised.
    back: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2000 })),
  });

describe('pacer', () => {
  it('never puts more than the limit into a sliding second when calls arrive within the margin', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(trip(BASE_MARGIN_MS), { minLength: 30, maxLength: 120 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async (trips, maxLate, seed) => {
          let state = seed;
          const next = () => (state = (state * 48271 + 1) % 2147483647);
          // Most timers fire on time, some late by up to maxLate.
          const lateness = () => (next() % 4 === 0 ? next() % (maxLate + 1) : 0);
          const limit = 10;
          const result = await simulate({
            limit,
            trips,
            requestedAt: (index) => (index * 37) % 700,
            lateness,
          });
          expect(result.refused).toBe(0);
          expect(overLimit(result.accepted, limit)).toBeUndefined();
          expect(result.done).toBe(trips.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('absorbs transit beyond the margin: every call is done and the upstream never overruns', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(trip(400), { minLength: 40, maxLength: 120 }), async (trips) => {
        const limit = 20;
        const result = await simulate({ limit, trips, requestedAt: () => 0 });
        expect(result.done).toBe(trips.length);
        expect(overLimit(result.accepted, limit)).toBeUndefined();
        // Each refusal widens the margin, so refusals stay a small share of the calls.
        expect(result.refused).toBeLessThan(trips.length / 2);
      }),
      { numRuns: 40 },
    );
  });

  it('loses no budget to late timers: while calls wait, every place of the last second is used', async () => {
    const limit = 20;
    let idle = 0;
    await simulate({
      limit,
      trips: Array.from({ length: 5 * limit }, () => ({ transit: 0, back: 0 })),
      requestedAt: () => 0,
      lateness: () => 150,
      onEvent: (world, waiting, departures) => {
        const lastSecond = departures.filter((time) => time > world.now - WINDOW_MS).length;
        if (waiting > 0 && lastSecond < limit) idle += 1;
      },
    });
    expect(idle).toBe(0);
  });

  it('ends a hold one second after the answer when the answer is faster than the margin', async () => {
    const limit = 5;
    const result = await simulate({
      limit,
      trips: Array.from({ length: 2 * limit }, () => ({ transit: 0, back: 0 })),
      requestedAt: () => 0,
    });
    expect(result.departures.slice(limit)).toEqual(Array(limit).fill(WINDOW_MS));
  });

  it('holds a call without an answer until its departure plus the margin plus one second', async () => {
    const world = new World();
    const pacer = createPacer({ rateFor: () => 1, clock: () => world.now, timers: world.timers });
    const departures: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      void pacer.acquire('v4/sns/friend_check').then(() => departures.push(world.now));
    }
    await world.run();
    expect(departures).toEqual([0, WINDOW_MS + BASE_MARGIN_MS]);
  });

  it('restarts a hold when its call leaves later than it took its place', async () => {
    const world = new World();
    const pacer = createPacer({ rateFor: () => 1, clock: () => world.now, timers: world.timers });
    const departures: number[] = [];
    // The first call records itself as sent for 600 ms before it leaves (a run's database write).
    void pacer
      .acquire('v4/sns/friend_check')
      .then((ticket) => world.at(600, () => ticket.departed()));
    void pacer.acquire('v4/sns/friend_check').then(() => departures.push(world.now));
    await world.run();
    expect(departures).toEqual([600 + BASE_MARGIN_MS + WINDOW_MS]);
  });

  it('drops a waiting call whose signal aborts, and it never leaves later', async () => {
    const world = new World();
    const pacer = createPacer({ rateFor: () => 1, clock: () => world.now, timers: world.timers });
    const left: string[] = [];
    const first = pacer.acquire('v4/sns/friend_check');
    void first.then(() => left.push('first'));
    const abort = new AbortController();
    const second = pacer.acquire('v4/sns/friend_check', abort.signal);
    void second.then(
      () => left.push('second'),
      () => left.push('second refused'),
    );
    void pacer.acquire('v4/sns/friend_check').then(() => left.push('third'));
    await settle();
    abort.abort(new Error('caller gone'));
    await world.run();
    expect(left).toEqual(['first', 'second refused', 'third']);
  });

  it('gives an unused place back at once', async () => {
    const world = new World();
    const pacer = createPacer({ rateFor: () => 1, clock: () => world.now, timers: world.timers });
    const departures: number[] = [];
    void pacer.acquire('v4/sns/friend_check').then((ticket) => ticket.unused());
    void pacer.acquire('v4/sns/friend_check').then(() => departures.push(world.now));
    await world.run();
    expect(departures).toEqual([0]);
  });

  it('widens the margin after a 60007 and lets it decay back', () => {
    const margin = new Margin();
    expect(margin.at(0)).toBe(BASE_MARGIN_MS);
    const widened = margin.widen(1000, 900) ?? 0;
    expect(widened).toBeGreaterThan(BASE_MARGIN_MS);
    // A call that left before the widening was planned with the old margin: no second widening.
    expect(margin.widen(1010, 950)).toBeUndefined();
    expect(margin.widen(1100, 1050)).toBeGreaterThan(widened);
    expect(margin.at(1000 + 10 * MARGIN_HALF_LIFE_MS)).toBeLessThan(BASE_MARGIN_MS + 1);
  });
});
