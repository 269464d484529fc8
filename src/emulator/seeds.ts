import type { AllowType } from '@/shared/contract/profile';

import { createState, type EmulatorState, importAccount } from './state';

export const SEED_NAMES = ['empty', 'demo'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

export function isSeedName(name: unknown): name is SeedName {
  return typeof name === 'string' && (SEED_NAMES as readonly string[]).includes(name);
}

const DEMO_ACCOUNTS: [userId: string, nick: string, allowType: AllowType][] = [
  ['alice', 'Alice (accepts anyone)', 'AllowType_Type_AllowAny'],
  ['bob', 'Bob (accepts anyone)', 'AllowType_Type_AllowAny'],
  ['carol', 'Carol (needs approval)', 'AllowType_Type_NeedConfirm'],
  ['dave', 'Dave (rejects all requests)', 'AllowType_Type_DenyAny'],
  ['erin', 'Erin (accepts anyone)', 'AllowType_Type_AllowAny'],
  ['mallory', 'Mallory (blocked by alice)', 'AllowType_Type_AllowAny'],
];

function befriend(state: EmulatorState, from: string, to: string, addTime: number): void {
  state.accounts.get(from)?.friends.set(to, {
    remark: '',
    groups: [],
    addSource: 'AddSource_Type_Seed',
    addWording: '',
    addTime,
    custom: {},
  });
}

/**
 * The state a seed names. `demo` gives a newcomer one account per AllowType, a two-way and a
 * one-way friendship and a block, so every outcome of friend_add can be tried at once.
 */
export function buildSeed(
  name: SeedName,
  defaultAllowType: AllowType,
  nowSeconds: number,
): EmulatorState {
  const state = createState(defaultAllowType);
  if (name === 'empty') return state;
  for (const [userId, nick, allowType] of DEMO_ACCOUNTS)
    importAccount(state, userId, { nick, allowType });
  befriend(state, 'alice', 'bob', nowSeconds);
  befriend(state, 'bob', 'alice', nowSeconds);
  befriend(state, 'bob', 'carol', nowSeconds);
  state.accounts.get('alice')?.blocked.set('mallory', nowSeconds);
  return state;
}
