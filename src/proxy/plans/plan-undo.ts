import { noChanges, type PlanChanges, pairKey } from '@/shared/contract/plan';
import { type PlanBefore, undoChanges } from '@/shared/lib/plan-undo';

import type { LiveState } from '@/shared/lib/plan-diff';

import type { ItemState } from '@/shared/contract/runs';
import type { PlannedCall } from '../runs/run-plans';
import { PLAN_PHASES } from './plan-calls';
import { readEntriesBefore, type ReadOptions } from './read-plan-state';

/** A stored item of a plan run, in item order (calls' accounts one after another). */
export interface PlanRunItem {
  state: ItemState;
  code: number | null;
}

/**
 * The part of a plan run's changes that took effect: the changes whose item answered
 * ResultCode 0. `calls` are the run's calls (the same as when it ran, as plans are pure).
 */
export function appliedChanges(
  changes: PlanChanges,
  calls: PlannedCall[],
  items: PlanRunItem[],
): PlanChanges {
  const done = new Set<string>();
  let index = 0;
  for (const call of calls) {
    const from = typeof call.body.From_Account === 'string' ? call.body.From_Account : '';
    for (const account of call.accounts) {
      const item = items[index++];
      if (item?.state === 'done' && item.code === 0) done.add(`${call.phase}|${from}|${account}`);
    }
  }
  const did = (phase: number, from: string, to: string) => done.has(`${phase}|${from}|${to}`);
  const pairs = <C extends { From_Account: string; To_Account: string }>(
    list: C[],
    phase: number,
  ) => list.filter((change) => did(phase, change.From_Account, change.To_Account));

  const applied = noChanges();
  applied.import = changes.import.filter((account) => did(PLAN_PHASES.import, '', account));
  for (const { UserID, AdminForbidType, ...rest } of changes.profiles) {
    // Forbidding SendOut is a call of its own, made last (see planChangeCalls).
    const forbidPhase =
      AdminForbidType === 'AdminForbid_Type_SendOut' ? PLAN_PHASES.forbid : PLAN_PHASES.profiles;
    const fields = {
      ...(did(PLAN_PHASES.profiles, UserID, UserID) ? rest : {}),
      ...(AdminForbidType !== undefined && did(forbidPhase, UserID, UserID)
        ? { AdminForbidType }
        : {}),
    };
    if (Object.keys(fields).length > 0) applied.profiles.push({ UserID, ...fields });
  }
  applied.unblock = pairs(changes.unblock, PLAN_PHASES.unblock);
  applied.delete = pairs(changes.delete, PLAN_PHASES.delete);
  applied.add = pairs(changes.add, PLAN_PHASES.add);
  applied.fix = pairs(changes.fix, PLAN_PHASES.fix);
  applied.block = pairs(changes.block, PLAN_PHASES.block);
  return applied;
}

/** What undoing a plan run sends, or why there is nothing to send. */
export function planUndo(
  changes: PlanChanges,
  before: PlanBefore | undefined,
  calls: PlannedCall[],
  items: PlanRunItem[],
): { changes: PlanChanges; keptImports: string[] } {
  const applied = appliedChanges(changes, calls, items);
  return {
    changes: undoChanges(applied, before ?? { profiles: [], entries: [] }),
    keptImports: applied.import,
  };
}

/** The entries whose remark, group and AddSource an undo of `changes` would restore. */
export function entriesToRemember(changes: PlanChanges, present: Set<string>): string[] {
  const keys = new Set<string>();
  for (const change of [...changes.delete, ...changes.fix]) {
    keys.add(pairKey(change.From_Account, change.To_Account));
  }
  for (const { From_Account, To_Account } of changes.block) {
    for (const key of [pairKey(From_Account, To_Account), pairKey(To_Account, From_Account)]) {
      if (present.has(key)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * What an undo of `changes` needs of the state before them, read as a plan run is accepted:
 * the settings of the accounts it changes (already read for the diff) and the entries it
 * deletes, fixes or removes by a block (friend_get_list, for remark, group and AddSource).
 */
export async function readPlanBefore(
  changes: PlanChanges,
  state: LiveState,
  options: ReadOptions,
): Promise<PlanBefore> {
  return {
    profiles: changes.profiles.flatMap(({ UserID }) => {
      const settings = state.profiles.get(UserID);
      return settings ? [{ UserID, ...settings }] : [];
    }),
    entries: await readEntriesBefore(
      entriesToRemember(changes, new Set(state.entries.keys())),
      options,
    ),
  };
}
