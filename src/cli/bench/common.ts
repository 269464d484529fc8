import { cpus } from 'node:os';

import type { Emulator } from '@/emulator/create-emulator';
import { type Friend, importAccount } from '@/emulator/state';

/** Recorded with every figure: numbers only compare on like machines. */
export const environment = () => ({
  node: process.version,
  cpus: cpus().length,
  measuredAt: new Date().toISOString(),
});

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export function friendship(): Friend {
  return {
    remark: '',
    groups: [],
    addSource: 'AddSource_Type_Bench',
    addWording: '',
    addTime: 0,
    custom: {},
  };
}

/**
 * `count` accounts with a ring of both-way friendships and a one-way friendship to the account
 * two along, so a matrix over them shows every kind of cell.
 */
export function seedAccounts(emulator: Emulator, count: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => `bench${String(i).padStart(4, '0')}`);
  for (const id of ids) importAccount(emulator.state, id, { allowType: 'AllowType_Type_AllowAny' });
  ids.forEach((id, i) => {
    const account = emulator.state.accounts.get(id);
    const next = ids[(i + 1) % count];
    const afterNext = ids[(i + 2) % count];
    if (!account || !next || !afterNext) return;
    account.friends.set(next, friendship());
    emulator.state.accounts.get(next)?.friends.set(id, friendship());
    if (i % 3 === 0) account.friends.set(afterNext, friendship());
  });
  return ids;
}
