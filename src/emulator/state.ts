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
  };
  state.accounts.set(userId, account);
  return account;
}
