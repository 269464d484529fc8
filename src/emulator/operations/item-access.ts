import { explainCode } from '@/shared/contract/error-codes';

/**
 * How an API lists its per-account items, so a fault rule can fail chosen accounts with a
 * ResultCode while the rest run normally.
 */
export interface ItemAccess<B> {
  key: string;
  // Methods, so the operation table can hold every API's item access under one type.
  accounts(body: B): string[];
  keep<T extends B>(body: T, keep: (index: number) => boolean): T;
  failed: (account: string, code: number, info: string) => Record<string, unknown>;
  /** Whether the answer lists failed items in Fail_Account (the sns and profile APIs do). */
  failAccount?: boolean;
}

/** Per-item outcomes: Fail_Account lists every non-zero item, and only when there is one (D7). */
export function withFailAccounts<K extends string, T extends { ResultCode: number }>(
  key: K,
  items: T[],
  accountOf: (item: T) => string = (item) => (item as unknown as { To_Account: string }).To_Account,
): Record<K, T[]> & { Fail_Account?: string[] } {
  const failed = items.filter((item) => item.ResultCode !== 0).map(accountOf);
  const listed = { [key]: items } as Record<K, T[]>;
  return failed.length > 0 ? { ...listed, Fail_Account: failed } : listed;
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
