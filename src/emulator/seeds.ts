import { SEED_NAMES, type SeedName } from '@/shared/contract/emulator-control';
import type { AllowType } from '@/shared/contract/profile';

import { block, createState, type EmulatorState, importAccount, setFriend } from './state';

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
  const owner = state.accounts.get(from);
  if (!owner) return;
  setFriend(owner, to, {
    remark: '',
    groups: [],
    addSource: 'AddSource_Type_Seed',
    addWording: '',
    addTime,
    custom: {},
  });
}

function blockInSeed(state: EmulatorState, from: string, to: string, nowSeconds: number): void {
  const owner = state.accounts.get(from);
  if (owner) block(state, owner, to, nowSeconds);
}

/**
 * `mixed-relations`: one pair per relation friend_check can report, seen from ada, each AllowType,
 * a block each way and an account the admin forbids from sending requests.
 */
const MIXED_ACCOUNTS: [userId: string, nick: string, allowType: AllowType][] = [
  ['ada', 'Ada (the point of view)', 'AllowType_Type_AllowAny'],
  ['ben', 'Ben (friends with ada both ways)', 'AllowType_Type_AllowAny'],
  ['cy', 'Cy (in ada’s list only; needs approval)', 'AllowType_Type_NeedConfirm'],
  ['di', 'Di (has ada in her list only)', 'AllowType_Type_AllowAny'],
  ['ed', 'Ed (no relation; rejects all requests)', 'AllowType_Type_DenyAny'],
  ['flo', 'Flo (blocked by ada)', 'AllowType_Type_AllowAny'],
  ['gus', 'Gus (has blocked ada)', 'AllowType_Type_NeedConfirm'],
  ['hal', 'Hal (forbidden to send requests)', 'AllowType_Type_AllowAny'],
];

function buildMixedRelations(state: EmulatorState, nowSeconds: number): void {
  for (const [userId, nick, allowType] of MIXED_ACCOUNTS)
    importAccount(state, userId, { nick, allowType });
  befriend(state, 'ada', 'ben', nowSeconds);
  befriend(state, 'ben', 'ada', nowSeconds);
  befriend(state, 'ada', 'cy', nowSeconds);
  befriend(state, 'di', 'ada', nowSeconds);
  blockInSeed(state, 'ada', 'flo', nowSeconds);
  blockInSeed(state, 'gus', 'ada', nowSeconds);
  const hal = state.accounts.get('hal');
  if (hal) hal.adminForbidType = 'AdminForbid_Type_SendOut';
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
  if (name === 'mixed-relations') {
    buildMixedRelations(state, nowSeconds);
    return state;
  }
  for (const [userId, nick, allowType] of DEMO_ACCOUNTS)
    importAccount(state, userId, { nick, allowType });
  befriend(state, 'alice', 'bob', nowSeconds);
  befriend(state, 'bob', 'alice', nowSeconds);
  befriend(state, 'bob', 'carol', nowSeconds);
  blockInSeed(state, 'alice', 'mallory', nowSeconds);
  return state;
}
