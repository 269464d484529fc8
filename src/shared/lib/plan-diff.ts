import {
  noChanges,
  normalizePlan,
  type Plan,
  type PlanAccountSettings,
  type PlanChanges,
  pairKey,
  splitKey,
} from '@/shared/contract/plan';

/** One friend-list entry as read: its remark and groups. */
export interface LiveEntry {
  Remark: string;
  GroupName: string[];
}

/** What is there, among a plan's accounts (keys are `owner\0other`, see `pairKey`). */
export interface LiveState {
  imported: Set<string>;
  /** Settings as read, for imported accounts. */
  profiles: Map<string, PlanAccountSettings>;
  entries: Map<string, LiveEntry>;
  blocks: Set<string>;
}

export function emptyLiveState(): LiveState {
  return { imported: new Set(), profiles: new Map(), entries: new Map(), blocks: new Set() };
}

const PROFILE_FIELDS = ['Nick', 'AllowType', 'AdminForbidType'] as const;

/**
 * The changes that bring `state` to `plan`, in the order a run applies them. Pure: the same
 * inputs give the same changes in the same order.
 *
 * - Fields a plan leaves out (a Remark, an AllowType…) are left as they are.
 * - additive removes only the blocks that stand in the way of a wanted friendship; exact also
 *   removes every friendship and block among the plan's accounts that the plan does not list.
 * - A new both-ways friendship is one Add_Type_Both from a, unless b's side names its own
 *   AddSource: then each side adds itself (Add_Type_Single), as AddSource cannot be set later.
 */
export function diffPlan(plan: Plan, state: LiveState): PlanChanges {
  const wanted = normalizePlan(plan);
  const inPlan = (key: string) => {
    const [owner, other] = splitKey(key);
    return wanted.accounts.has(owner) && wanted.accounts.has(other);
  };
  const unordered = (key: string) => {
    const [a, b] = splitKey(key);
    return a < b ? pairKey(a, b) : pairKey(b, a);
  };
  const changes = noChanges();

  for (const [account, settings] of wanted.accounts) {
    const imported = state.imported.has(account);
    if (!imported) changes.import.push(account);
    const live = (imported && state.profiles.get(account)) || {};
    const differing: PlanAccountSettings = {};
    for (const field of PROFILE_FIELDS) {
      const value = settings[field];
      if (value !== undefined && live[field] !== value)
        Object.assign(differing, { [field]: value });
    }
    if (Object.keys(differing).length > 0) changes.profiles.push({ UserID: account, ...differing });
  }

  // Pairs a friendship is wanted between, either way: any block between them must go.
  const friendPairs = new Set([...wanted.entries.keys()].map(unordered));
  for (const key of [...state.blocks].filter(inPlan).sort()) {
    if (wanted.blocks.has(key)) continue;
    if (wanted.mode === 'exact' || friendPairs.has(unordered(key))) {
      const [From_Account, To_Account] = splitKey(key);
      changes.unblock.push({ From_Account, To_Account });
    }
  }

  const newBlocks = [...wanted.blocks].filter((key) => !state.blocks.has(key));
  // A block removes the friendship both ways by itself.
  const blockedPairs = new Set(newBlocks.map(unordered));
  if (wanted.mode === 'exact') {
    for (const key of [...state.entries.keys()].filter(inPlan).sort()) {
      if (wanted.entries.has(key) || blockedPairs.has(unordered(key))) continue;
      const [From_Account, To_Account] = splitKey(key);
      changes.delete.push({ From_Account, To_Account });
    }
  }

  for (const pair of wanted.pairs) {
    const forward = wanted.entries.get(pairKey(pair.a, pair.b));
    const reverse = pair.both ? wanted.entries.get(pairKey(pair.b, pair.a)) : undefined;
    if (!forward) continue;
    const hasForward = state.entries.has(pairKey(pair.a, pair.b));
    const hasReverse = !reverse || state.entries.has(pairKey(pair.b, pair.a));
    const side = (entry: typeof forward) => ({
      ...(entry.Remark !== undefined ? { Remark: entry.Remark } : {}),
      ...(entry.GroupName !== undefined ? { GroupName: entry.GroupName } : {}),
      ...(entry.AddSource !== undefined ? { AddSource: entry.AddSource } : {}),
    });
    const added = new Map<string, LiveEntry>();
    if (!hasForward && !hasReverse && reverse && reverse.AddSource === undefined) {
      changes.add.push({
        From_Account: pair.a,
        To_Account: pair.b,
        AddType: 'Add_Type_Both',
        ForceAddFlags: pair.force,
        ...side(forward),
      });
      added.set(pairKey(pair.b, pair.a), { Remark: '', GroupName: [] });
    } else {
      for (const [entry, present] of [
        [forward, hasForward],
        [reverse, hasReverse],
      ] as const) {
        if (!entry || present) continue;
        changes.add.push({
          From_Account: entry.owner,
          To_Account: entry.friend,
          AddType: 'Add_Type_Single',
          ForceAddFlags: pair.force,
          ...side(entry),
        });
      }
    }
    for (const entry of [forward, reverse]) {
      if (!entry) continue;
      const key = pairKey(entry.owner, entry.friend);
      const live = state.entries.get(key) ?? added.get(key);
      if (!live) continue;
      const remark = entry.Remark !== undefined && live.Remark !== entry.Remark;
      const group =
        entry.GroupName !== undefined &&
        !(live.GroupName.length === 1 && live.GroupName[0] === entry.GroupName);
      if (remark || group) {
        changes.fix.push({
          From_Account: entry.owner,
          To_Account: entry.friend,
          ...(remark ? { Remark: entry.Remark } : {}),
          ...(group ? { GroupName: entry.GroupName } : {}),
        });
      }
    }
  }

  for (const key of newBlocks) {
    const [From_Account, To_Account] = splitKey(key);
    changes.block.push({ From_Account, To_Account });
  }
  return changes;
}

/**
 * The state after `changes` took effect as Tencent applies them: an add both ways also makes
 * the reverse entry when it is missing, and a block removes the friendship both ways. Tests
 * use it to check that a diff reaches its plan.
 */
export function applyChanges(state: LiveState, changes: PlanChanges): LiveState {
  const next: LiveState = {
    imported: new Set(state.imported),
    profiles: new Map([...state.profiles].map(([id, settings]) => [id, { ...settings }])),
    entries: new Map(
      [...state.entries].map(([key, entry]) => [
        key,
        { Remark: entry.Remark, GroupName: [...entry.GroupName] },
      ]),
    ),
    blocks: new Set(state.blocks),
  };
  for (const account of changes.import) {
    next.imported.add(account);
    next.profiles.set(account, {});
  }
  for (const { UserID, ...settings } of changes.profiles) {
    next.profiles.set(UserID, { ...next.profiles.get(UserID), ...settings });
  }
  for (const change of changes.unblock) {
    next.blocks.delete(pairKey(change.From_Account, change.To_Account));
  }
  for (const change of changes.delete) {
    next.entries.delete(pairKey(change.From_Account, change.To_Account));
  }
  for (const change of changes.add) {
    next.entries.set(pairKey(change.From_Account, change.To_Account), {
      Remark: change.Remark ?? '',
      GroupName: change.GroupName === undefined ? [] : [change.GroupName],
    });
    const reverse = pairKey(change.To_Account, change.From_Account);
    if (change.AddType === 'Add_Type_Both' && !next.entries.has(reverse)) {
      next.entries.set(reverse, { Remark: '', GroupName: [] });
    }
  }
  for (const change of changes.fix) {
    const entry = next.entries.get(pairKey(change.From_Account, change.To_Account));
    if (!entry) continue;
    if (change.Remark !== undefined) entry.Remark = change.Remark;
    if (change.GroupName !== undefined) {
      entry.GroupName = change.GroupName === '' ? [] : [change.GroupName];
    }
  }
  for (const change of changes.block) {
    next.blocks.add(pairKey(change.From_Account, change.To_Account));
    next.entries.delete(pairKey(change.From_Account, change.To_Account));
    next.entries.delete(pairKey(change.To_Account, change.From_Account));
  }
  return next;
}
