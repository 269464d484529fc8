import type { AddType } from '@/shared/contract/friend-add';
import {
  type AdminForbidType,
  type AllowType,
  DEFAULT_ALLOW_TYPE,
} from '@/shared/contract/profile';

/** Decision D19 (contract §4.5): the service's per-account limits. */
export const LIMITS = {
  friends: 3000,
  blocked: 1000,
  groups: 32,
  pendingSent: 100,
} as const;

export interface Friend {
  remark: string;
  groups: string[];
  addSource: string;
  addWording: string;
  /** Unix seconds. */
  addTime: number;
  /** Tag_SNS_Custom_* values. */
  custom: Record<string, string | number>;
}

export interface PendingRequest {
  addSource: string;
  addWording: string;
  remark: string;
  groupName: string;
  addType: AddType;
  /** Unix seconds. */
  time: number;
}

export interface Account {
  userId: string;
  nick: string;
  faceUrl: string;
  allowType: AllowType;
  adminForbidType: AdminForbidType;
  /** Directed: B in A.friends means B is in A's friend list. */
  friends: Map<string, Friend>;
  /** To_Account → unix seconds when blocked. */
  blocked: Map<string, number>;
  /** Requests A sent that await B's approval, keyed by B. */
  pendingSent: Map<string, PendingRequest>;
  groups: string[];
  /** Other standard and declared custom profile tags, as portrait_set stored them. */
  profile: Record<string, string | number>;
  sequences: Sequences;
}

/**
 * The counters a client syncs against, each bumped only by changes to what it covers: friend_get's
 * StandardSequence (standard friend fields, including who is a friend) and CustomSequence
 * (Tag_SNS_Custom_* values), the groups' CurrentSequence and black_list_get's CurruentSequence.
 */
export interface Sequences {
  standard: number;
  custom: number;
  groups: number;
  blocklist: number;
}

export interface EmulatorState {
  accounts: Map<string, Account>;
  defaultAllowType: AllowType;
}

export function createState(defaultAllowType: AllowType = DEFAULT_ALLOW_TYPE): EmulatorState {
  return { accounts: new Map(), defaultAllowType };
}

export function importAccount(
  state: EmulatorState,
  userId: string,
  profile: { nick?: string; faceUrl?: string; allowType?: AllowType } = {},
): Account {
  const existing = state.accounts.get(userId);
  if (existing) {
    if (profile.nick !== undefined) existing.nick = profile.nick;
    if (profile.faceUrl !== undefined) existing.faceUrl = profile.faceUrl;
    if (profile.allowType !== undefined) existing.allowType = profile.allowType;
    return existing;
  }
  const account: Account = {
    userId,
    nick: profile.nick ?? '',
    faceUrl: profile.faceUrl ?? '',
    allowType: profile.allowType ?? state.defaultAllowType,
    adminForbidType: 'AdminForbid_Type_None',
    friends: new Map(),
    blocked: new Map(),
    pendingSent: new Map(),
    groups: [],
    profile: {},
    // Zero until the first change, so a first sync that sends 0 (as the doc sample does) is full.
    sequences: { standard: 0, custom: 0, groups: 0, blocklist: 0 },
  };
  state.accounts.set(userId, account);
  return account;
}

function sameEntries(a: [string, unknown][], b: [string, unknown][]): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(b);
  return a.every(([key, value]) => byKey.has(key) && byKey.get(key) === value);
}

const hasCustom = (friend: Friend | undefined) =>
  friend !== undefined && Object.keys(friend.custom).length > 0;

/** Puts B in A's friend list (or replaces B's entry), bumping the sequences of what changed. */
export function setFriend(owner: Account, friendId: string, friend: Friend): void {
  const before = owner.friends.get(friendId);
  owner.friends.set(friendId, friend);
  const standardChanged =
    before === undefined ||
    before.remark !== friend.remark ||
    before.addSource !== friend.addSource ||
    before.addWording !== friend.addWording ||
    before.addTime !== friend.addTime ||
    !sameEntries(Object.entries(before.groups), Object.entries(friend.groups));
  if (standardChanged) owner.sequences.standard += 1;
  if (!sameEntries(Object.entries(before?.custom ?? {}), Object.entries(friend.custom)))
    owner.sequences.custom += 1;
}

/** Removes B from A's friend list (one direction); B's custom values go with it. */
export function unfriend(owner: Account, friendId: string): boolean {
  const removed = owner.friends.get(friendId);
  if (!removed) return false;
  owner.friends.delete(friendId);
  owner.sequences.standard += 1;
  if (hasCustom(removed)) owner.sequences.custom += 1;
  return true;
}

/** Adds the friend groups A lacks; false, changing nothing, when that passes the limit (D19). */
export function addGroups(account: Account, groups: readonly string[]): boolean {
  const fresh = [...new Set(groups)].filter((group) => !account.groups.includes(group));
  if (account.groups.length + fresh.length > LIMITS.groups) return false;
  if (fresh.length === 0) return true;
  account.groups.push(...fresh);
  account.sequences.groups += 1;
  return true;
}

/** Decision D13: a block dissolves the friendship both ways and any request between the two. */
export function block(
  state: EmulatorState,
  owner: Account,
  targetId: string,
  nowSeconds: number,
): void {
  owner.blocked.set(targetId, nowSeconds);
  owner.sequences.blocklist += 1;
  unfriend(owner, targetId);
  owner.pendingSent.delete(targetId);
  const target = state.accounts.get(targetId);
  if (target) {
    unfriend(target, owner.userId);
    target.pendingSent.delete(owner.userId);
  }
}

export function unblock(owner: Account, targetId: string): boolean {
  if (!owner.blocked.delete(targetId)) return false;
  owner.sequences.blocklist += 1;
  return true;
}

/** Deletes an account and every trace of it in other accounts' chains. */
export function deleteAccount(state: EmulatorState, userId: string): boolean {
  const account = state.accounts.get(userId);
  if (!account) return false;
  state.accounts.delete(userId);
  for (const other of state.accounts.values()) {
    unfriend(other, userId);
    unblock(other, userId);
    other.pendingSent.delete(userId);
  }
  return true;
}
