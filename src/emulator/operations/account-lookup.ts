import { isAccountId } from '@/shared/contract/common';

import type { Account, EmulatorState } from '../state';
import { TencentError } from '../tencent-error';

/** The From_Account of a call; an unknown one fails the whole request (decision D10). */
export function fromAccount(state: EmulatorState, userId: string): Account {
  const account = state.accounts.get(userId);
  if (!account) throw new TencentError(30003, `From_Account ${userId} does not exist`);
  return account;
}

/** A To_Account that exists; a malformed UserID can never exist, so it is not looked up. */
export function peerAccount(state: EmulatorState, userId: string): Account | undefined {
  return isAccountId(userId) ? state.accounts.get(userId) : undefined;
}

/** The four two-way outcomes of friend_check and black_list_check, named by each API's enum. */
export function twoWay<R>(
  aHasB: boolean,
  bHasA: boolean,
  names: { both: R; aWithB: R; bWithA: R; none: R },
): R {
  if (aHasB && bHasA) return names.both;
  if (aHasB) return names.aWithB;
  return bHasA ? names.bWithA : names.none;
}
