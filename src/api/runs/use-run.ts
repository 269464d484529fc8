import { useEffect, useMemo, useSyncExternalStore } from 'react';

import type { ItemState } from '@/shared/contract/runs';

import { type ItemsListener, RunFollower, type RunSnapshot, type RunSource } from './run-follower';

const NO_RUN: RunSnapshot<never> = { items: [], received: 0, version: 0 };
const noSubscription = () => () => undefined;
const noRun = () => NO_RUN;

/**
 * Follows the run `id` (from the URL) while the screen shows it; undefined shows nothing.
 * `onItems` sees every item as it arrives, for screens that fold items into their own store.
 */
export function useRun<Item extends { index: number; state: ItemState }>(
  id: string | undefined,
  source: RunSource<Item>,
  onItems?: ItemsListener<Item>,
): { follower?: RunFollower<Item> } & RunSnapshot<Item> {
  const follower = useMemo(
    () => (id === undefined ? undefined : new RunFollower(id, source, onItems)),
    // The source and callback are fixed per screen; a new id is a new run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id],
  );
  useEffect(() => follower?.start(), [follower]);
  const snapshot = useSyncExternalStore(
    follower?.subscribe ?? noSubscription,
    follower?.getSnapshot ?? noRun,
  );
  return { follower, ...snapshot };
}
