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
  /** Other standard profile tags (Tag_Profile_IM_Gender, …) as portrait_set stored them. */
  profile: Record<string, string | number>;
  /** Bumped on every change to the account's relationship chain (friend_get, group_*, black_list_get). */
  sequence: number;
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
    sequence: 1,
  };
  state.accounts.set(userId, account);
  return account;
}

/** Removes B from A's friend list (one direction). */
export function unfriend(owner: Account, friendId: string): boolean {
  const removed = owner.friends.delete(friendId);
  if (removed) owner.sequence += 1;
  return removed;
}

/** Decision D13: a block dissolves the friendship both ways and any request between the two. */
export function block(
  state: EmulatorState,
  owner: Account,
  targetId: string,
  nowSeconds: number,
): void {
  owner.blocked.set(targetId, nowSeconds);
  owner.sequence += 1;
  unfriend(owner, targetId);
  owner.pendingSent.delete(targetId);
  const target = state.accounts.get(targetId);
  if (target) {
    unfriend(target, owner.userId);
    target.pendingSent.delete(owner.userId);
  }
}

/** Deletes an account and every trace of it in other accounts' chains. */
export function deleteAccount(state: EmulatorState, userId: string): boolean {
  const account = state.accounts.get(userId);
  if (!account) return false;
  state.accounts.delete(userId);
  for (const other of state.accounts.values()) {
    unfriend(other, userId);
    other.blocked.delete(userId);
    other.pendingSent.delete(userId);
  }
  return true;
}
