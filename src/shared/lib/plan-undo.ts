import {
  noChanges,
  type PlanAccountSettings,
  type PlanChanges,
  pairKey,
  splitKey,
} from '@/shared/contract/plan';

/** A friend-list entry as it was before a plan run, with what friend_get_list said of it. */
export interface EntryBefore {
  From_Account: string;
  To_Account: string;
  Remark: string;
  GroupName: string[];
  AddSource?: string;
}

/**
 * What a plan run's undo needs to know of the state before it, read when the run was accepted:
 * the settings of the accounts whose profile it changes, and the entries it deletes, fixes or
 * removes by a block (a block removes the friendship both ways).
 */
export interface PlanBefore {
  profiles: ({ UserID: string } & PlanAccountSettings)[];
  entries: EntryBefore[];
}

/**
 * The changes that take back `applied` (the changes of a plan run that succeeded), in the same
 * working order a plan run uses: remove the blocks it added, delete the entries it added,
 * re-add the entries it deleted (and those its blocks removed) with their remark, group and
 * AddSource, restore remarks, groups and profile fields it changed, re-add the blocks it removed.
 * Imported accounts stay: nothing is taken back for `applied.import`. A field whose earlier
 * value was not read is left as it is.
 */
export function undoChanges(applied: PlanChanges, before: PlanBefore): PlanChanges {
  const undo = noChanges();
  const entriesBefore = new Map(
    before.entries.map((entry) => [pairKey(entry.From_Account, entry.To_Account), entry]),
  );
  const profilesBefore = new Map(before.profiles.map(({ UserID, ...rest }) => [UserID, rest]));

  for (const { UserID, ...changed } of applied.profiles) {
    const earlier = profilesBefore.get(UserID) ?? {};
    const restore: PlanAccountSettings = {};
    for (const field of Object.keys(changed) as (keyof PlanAccountSettings)[]) {
      if (earlier[field] !== undefined) Object.assign(restore, { [field]: earlier[field] });
    }
    if (Object.keys(restore).length > 0) undo.profiles.push({ UserID, ...restore });
  }

  undo.unblock = applied.block.map(({ From_Account, To_Account }) => ({
    From_Account,
    To_Account,
  }));

  const added = new Set<string>();
  for (const { From_Account, To_Account, AddType } of applied.add) {
    const made = [pairKey(From_Account, To_Account)];
    // An add both ways also made the reverse entry when it was not there.
    const reverse = pairKey(To_Account, From_Account);
    if (AddType === 'Add_Type_Both' && !entriesBefore.has(reverse)) made.push(reverse);
    for (const key of made) {
      if (added.has(key)) continue;
      added.add(key);
      const [from, to] = splitKey(key);
      undo.delete.push({ From_Account: from, To_Account: to });
    }
  }

  const removed = new Set(applied.delete.map((c) => pairKey(c.From_Account, c.To_Account)));
  for (const { From_Account, To_Account } of applied.block) {
    for (const key of [pairKey(From_Account, To_Account), pairKey(To_Account, From_Account)]) {
      if (entriesBefore.has(key)) removed.add(key);
    }
  }
  for (const key of removed) {
    const [From_Account, To_Account] = splitKey(key);
    const entry = entriesBefore.get(key);
    undo.add.push({
      From_Account,
      To_Account,
      AddType: 'Add_Type_Single',
      // Decision D5: force-adding passes the peer's AllowType, which may have changed since.
      ForceAddFlags: 1,
      ...(entry?.Remark ? { Remark: entry.Remark } : {}),
      ...(entry?.GroupName[0] !== undefined ? { GroupName: entry.GroupName[0] } : {}),
      ...(entry?.AddSource ? { AddSource: entry.AddSource } : {}),
    });
  }

  for (const { From_Account, To_Account, Remark, GroupName } of applied.fix) {
    const key = pairKey(From_Account, To_Account);
    const entry = entriesBefore.get(key);
    // Entries the run added are deleted instead; entries not read are left as they are.
    if (added.has(key) || !entry) continue;
    undo.fix.push({
      From_Account,
      To_Account,
      ...(Remark !== undefined ? { Remark: entry.Remark } : {}),
      // An empty GroupName takes the entry out of every group (see planChangeCalls).
      ...(GroupName !== undefined ? { GroupName: entry.GroupName[0] ?? '' } : {}),
    });
  }

  undo.block = applied.unblock.map(({ From_Account, To_Account }) => ({
    From_Account,
    To_Account,
  }));
  return undo;
}
