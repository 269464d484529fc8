import type { z } from 'zod';

import { isAccountId } from '@/shared/contract/common';
import { explainCode } from '@/shared/contract/error-codes';

import type { Account, EmulatorState } from '../state';
import { TencentError } from '../tencent-error';

export interface OperationContext {
  state: EmulatorState;
  /** Unix seconds, from the emulator's clock. */
  nowSeconds: number;
  /** `v4/<service>/<command>`, for the API's own ResultInfo strings. */
  service: string;
  /** The custom profile and friend tags the app declares (EMULATOR_CUSTOM_TAGS). */
  customTags: ReadonlySet<string>;
}

/**
 * How an API lists its per-account items, so a fault rule can fail chosen accounts with a
 * ResultCode while the rest run normally.
 */
export interface ItemAccess<B> {
  key: string;
  accounts: (body: B) => string[];
  keep: <T extends B>(body: T, keep: (index: number) => boolean) => T;
  failed: (account: string, code: number, info: string) => Record<string, unknown>;
  /** Whether the answer lists failed items in Fail_Account (the sns and profile APIs do). */
  failAccount?: boolean;
}

/** One Tencent API: its request-level schema and what it does with a valid body. */
export interface Operation<S extends z.ZodType = z.ZodType> {
  wire: S;
  /** Whether a call changes state (and so must be persisted). */
  writes: boolean;
  run: (body: z.output<S>, ctx: OperationContext) => Record<string, unknown>;
  items?: ItemAccess<z.output<S>>;
}

export function defineOperation<S extends z.ZodType>(operation: Operation<S>): Operation {
  return operation as unknown as Operation;
}

/** Per-item outcomes: Fail_Account lists every non-zero item, and only when there is one (D7). */
export function withFailAccounts<T extends { ResultCode: number }>(
  key: string,
  items: T[],
  accountOf: (item: T) => string = (item) => (item as unknown as { To_Account: string }).To_Account,
): Record<string, unknown> {
  const failed = items.filter((item) => item.ResultCode !== 0).map(accountOf);
  return failed.length > 0 ? { [key]: items, Fail_Account: failed } : { [key]: items };
}

/** A ResultItem in Tencent's shape; a non-zero code gets the catalogue's string unless one is given. */
export function resultItem(
  to: string,
  code: number,
  info = code === 0 ? '' : explainCode(code).info,
) {
  return { To_Account: to, ResultCode: code, ResultInfo: info };
}

/** Item access for APIs whose body carries `To_Account: string[]` and answer `key` items. */
export function toAccountItems<B extends { To_Account: string[] }>(
  key: string,
  failed: ItemAccess<B>['failed'] = resultItem,
): ItemAccess<B> {
  return {
    key,
    accounts: (body) => body.To_Account,
    keep: (body, keep) => ({
      ...body,
      To_Account: body.To_Account.filter((_, index) => keep(index)),
    }),
    failed,
  };
}

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

/** Item access for APIs whose items are objects with a To_Account: AddFriendItem[], UpdateItem[]. */
export function itemList<K extends string>(
  list: K,
): ItemAccess<Record<K, { To_Account: string }[]>> {
  return {
    key: 'ResultItem',
    accounts: (body) => body[list].map((item) => item.To_Account),
    keep: (body, keep) => ({ ...body, [list]: body[list].filter((_, index) => keep(index)) }),
    failed: resultItem,
  };
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
