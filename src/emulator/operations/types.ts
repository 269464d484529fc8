import type { z } from 'zod';

import type { EmulatorState } from '../state';

export interface OperationContext {
  state: EmulatorState;
  /** Unix seconds, from the emulator's clock. */
  nowSeconds: number;
}

/** One Tencent API: its request-level schema and what it does with a valid body. */
export interface Operation<S extends z.ZodType = z.ZodType> {
  wire: S;
  run: (body: z.output<S>, ctx: OperationContext) => Record<string, unknown>;
}

export function defineOperation<S extends z.ZodType>(operation: Operation<S>): Operation {
  return operation as unknown as Operation;
}

/** Per-item outcomes: Fail_Account lists every non-zero item, and only when there is one (D7). */
export function withFailAccounts<T extends { To_Account: string; ResultCode: number }>(
  key: string,
  items: T[],
): Record<string, unknown> {
  const failed = items.filter((item) => item.ResultCode !== 0).map((item) => item.To_Account);
  return failed.length > 0 ? { [key]: items, Fail_Account: failed } : { [key]: items };
}
