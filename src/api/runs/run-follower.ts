import type { z } from 'zod';

import { FINISHED_STATUSES, type ItemState, type RunSummary } from '@/shared/contract/runs';

import { fetchRun, followRunEvents, type ItemFilter } from './runs-client';

/** Screens repaint a live run at most this often (issue #14: ~10 renders a second). */
const NOTIFY_EVERY_MS = 100;

export interface RunSource<Item extends { index: number; state: ItemState }> {
  itemSchema: z.ZodType<Item>;
  fetchItems: (
    id: string,
    options: { status?: ItemFilter; signal?: AbortSignal },
  ) => Promise<Item[]>;
  /** Keep the items for the snapshot; a matrix folds them into its grid instead. */
  keepItems: boolean;
}

export interface RunSnapshot<Item> {
  summary?: RunSummary;
  /** Items known so far, by index (empty when the source does not keep them). */
  items: readonly Item[];
  /** Items received so far, kept or not. */
  received: number;
  error?: unknown;
  /** Grows with every change, so a grid drawn from its own store knows when to repaint. */
  version: number;
}

export type ItemsListener<Item> = (items: readonly Item[], summary: RunSummary) => void;

export const isFinished = (summary: RunSummary | undefined) =>
  summary !== undefined && FINISHED_STATUSES.has(summary.status);

/**
 * A run as the screen shows it: the stored summary and items, then the live events, merged by
 * item index so that a page and an event carrying the same item never count it twice. Read it
 * with useSyncExternalStore; listeners hear at most one change per NOTIFY_EVERY_MS.
 */
export class RunFollower<Item extends { index: number; state: ItemState }> {
  private summary?: RunSummary;
  private readonly slots: Item[] = [];
  /** Each item's state as last heard, to tell at the end whether anything was missed. */
  private readonly states = new Map<number, ItemState>();
  private error?: unknown;
  private snapshot: RunSnapshot<Item> = { items: [], received: 0, version: 0 };
  private readonly listeners = new Set<() => void>();
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;

  readonly id: string;
  private readonly source: RunSource<Item>;
  /** Told of every batch of items as it arrives (with the run they belong to), before any repaint. */
  private readonly onItems?: ItemsListener<Item>;

  constructor(id: string, source: RunSource<Item>, onItems?: ItemsListener<Item>) {
    this.id = id;
    this.source = source;
    this.onItems = onItems;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Loads the run and follows it until it ends; returns the stop function for an effect. */
  start = () => {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.load(controller.signal).catch((error: unknown) => {
      if (controller.signal.aborted) return;
      this.error = error;
      this.notify(true);
    });
    return () => controller.abort();
  };

  /** Reads the run again (after an undo or "Check these" changed its items) and follows it. */
  reload = () => {
    this.start();
  };

  /** Repaints after the screen changed what it draws from this run (a re-check of some cells). */
  touch = () => {
    this.notify();
  };

  private async load(signal: AbortSignal): Promise<void> {
    this.error = undefined;
    this.summary = await fetchRun(this.id, { signal });
    this.notify(true);
    const events = isFinished(this.summary) ? undefined : this.follow(signal);
    this.add(await this.source.fetchItems(this.id, { signal }));
    this.notify(true);
    await events;
  }

  private async follow(signal: AbortSignal): Promise<void> {
    let ended: RunSummary | undefined;
    await followRunEvents(
      this.id,
      this.source.itemSchema,
      {
        progress: (summary) => {
          this.summary = summary;
          this.notify();
        },
        items: (items) => {
          this.add(items);
          this.notify();
        },
        end: (summary) => {
          ended = summary;
        },
      },
      { signal },
    );
    if (!ended) return;
    this.summary = ended;
    // An item that finished between the first page and the stream's start came in neither:
    // if the states heard disagree with the final counts, read the items once more. Otherwise
    // read again only the items the run left not sent or unanswered, now final.
    if (this.missedAny(ended)) {
      this.add(await this.source.fetchItems(this.id, { signal }));
    } else {
      for (const status of ['not_sent', 'unknown'] as const) {
        if (ended.counts[status] > 0)
          this.add(await this.source.fetchItems(this.id, { status, signal }));
      }
    }
    this.notify(true);
  }

  private missedAny({ counts }: RunSummary): boolean {
    const heard = { done: 0, not_sent: 0, unknown: 0 };
    for (const state of this.states.values()) heard[state] += 1;
    return (
      heard.done !== counts.done ||
      heard.not_sent !== counts.not_sent ||
      heard.unknown !== counts.unknown
    );
  }

  private add(items: readonly Item[]): void {
    for (const item of items) {
      this.states.set(item.index, item.state);
      if (this.source.keepItems) this.slots[item.index] = item;
    }
    if (this.summary) this.onItems?.(items, this.summary);
  }

  private notify(now = false): void {
    if (this.timer !== undefined && !now) return;
    const publish = () => {
      this.timer = undefined;
      this.snapshot = {
        summary: this.summary,
        items: this.source.keepItems ? this.slots.filter(Boolean) : [],
        received: this.states.size,
        error: this.error,
        version: this.snapshot.version + 1,
      };
      for (const listener of this.listeners) listener();
    };
    if (now) {
      clearTimeout(this.timer);
      publish();
    } else this.timer = setTimeout(publish, NOTIFY_EVERY_MS);
  }
}
