import { infoFor } from '@/shared/contract/error-codes';

import type { FaultRule } from './faults';
import { withFailAccounts } from './operations/item-access';
import type { Operation } from './operations/operation';

type ItemCodes = Map<number, { code: number; info: string }>;

/** The per-item ResultCodes the fired rules set, by item index. */
export function itemCodesOf(fired: FaultRule[], accounts: string[], service: string): ItemCodes {
  const itemCodes: ItemCodes = new Map();
  for (const rule of fired) {
    const code = rule.resultCode;
    if (code === undefined) continue;
    accounts.forEach((account, index) => {
      if (rule.to === undefined || rule.to === account) {
        itemCodes.set(index, { code, info: rule.info ?? infoFor(code, service).text });
      }
    });
  }
  return itemCodes;
}

/** Sets a fault's per-item ResultCode on the chosen accounts and runs the rest normally. */
export function runWithItemFaults(
  operation: Operation,
  body: unknown,
  itemCodes: ItemCodes,
  run: (body: unknown) => object,
): Record<string, unknown> {
  const items = operation.items;
  if (!items || itemCodes.size === 0) return { ...run(body) };
  const accounts = items.accounts(body);
  const result: Record<string, unknown> = {
    ...run(items.keep(body, (index) => !itemCodes.has(index))),
  };
  const computed = (result[items.key] as Record<string, unknown>[] | undefined) ?? [];
  let next = 0;
  const merged = accounts.map((account, index) => {
    const fault = itemCodes.get(index);
    return fault ? items.failed(account, fault.code, fault.info) : (computed[next++] ?? {});
  });
  const { Fail_Account: _computed, ...rest } = result;
  if (items.failAccount === false) return { ...rest, [items.key]: merged };
  return {
    ...rest,
    ...withFailAccounts(items.key, merged as { To_Account: string; ResultCode: number }[]),
  };
}
