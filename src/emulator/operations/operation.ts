import type { z } from 'zod';

import type { EndpointDef } from '@/shared/contract/endpoints';

import type { EmulatorState } from '../state';
import type { ItemAccess } from './item-access';

export interface OperationContext {
  state: EmulatorState;
  /** Unix seconds, from the emulator's clock. */
  nowSeconds: number;
  /** `v4/<service>/<command>`, for the API's own ResultInfo strings. */
  service: string;
  /** The custom profile and friend tags the app declares (EMULATOR_CUSTOM_TAGS). */
  customTags: ReadonlySet<string>;
}

type EnvelopeField = 'ActionStatus' | 'ErrorCode' | 'ErrorInfo' | 'ErrorDisplay';

type ResponseShape<E extends EndpointDef> =
  E['response'] extends z.ZodObject<infer Shape, infer _Config> ? Shape : Record<string, z.ZodType>;

/**
 * What an operation answers: its API's response, typed by the contract's schema, less the
 * envelope. Every field is named (undefined where this answer has none: the contract's fields
 * are optional because a failed call lacks them), except Fail_Account, present only when an item
 * failed (D7).
 */
export type OperationResult<E extends EndpointDef> = {
  [K in Exclude<keyof ResponseShape<E>, EnvelopeField | 'Fail_Account'>]-?: z.input<
    ResponseShape<E>[K]
  >;
} & { Fail_Account?: string[] };

/**
 * One Tencent API as the emulator runs it: the contract's endpoint (its wire schema, and whether
 * it writes) and what it does with a valid body.
 */
export interface Operation<E extends EndpointDef = EndpointDef> {
  endpoint: E;
  // Method syntax: the table holds operations of every endpoint under one type.
  run(body: z.output<E['wire']>, ctx: OperationContext): OperationResult<E>;
  items?: ItemAccess<z.output<E['wire']>>;
}

export function defineOperation<E extends EndpointDef>(
  endpoint: E,
  parts: Omit<Operation<E>, 'endpoint'>,
): Operation<E> {
  return { endpoint, ...parts };
}
