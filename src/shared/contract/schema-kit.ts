import { z } from 'zod';

import { accountId, requiredString, utf8String } from './common';

/**
 * Each API has two views of one shape: `request`, what the console may send (strict, every
 * documented limit), and `wire`, what the service refuses as a whole request (decision D18:
 * missing fields, wrong types, bad enums, over-long lists). Building both from one factory keeps
 * them from drifting apart.
 */
export type SchemaMode = 'request' | 'wire';

export function objectOf<S extends z.ZodRawShape>(mode: SchemaMode, shape: S) {
  return mode === 'request' ? z.strictObject(shape) : z.object(shape);
}

/**
 * A UserID: fully checked in requests; on the wire a bad id fails only its item. `wireField`
 * names it where the service's message does differently (`To_Account[]` for a list's entries).
 */
export function idOf(mode: SchemaMode, field: string, wireField = field): z.ZodType<string> {
  return mode === 'request' ? accountId(field) : requiredString(wireField);
}

/** A text field: its UTF-8 byte limits in requests; on the wire only its type (D3). */
export function textOf(
  mode: SchemaMode,
  field: string,
  limits: { minBytes?: number; maxBytes: number },
): z.ZodType<string> {
  return mode === 'request' ? utf8String(field, limits) : requiredString(field);
}

/**
 * A non-empty list capped per call, with messages naming the field and the cap: "To_Account has
 * more than 1000 accounts; the limit is 1000 per call". `one` names a single entry and `of` what
 * the array holds, where the message says so.
 */
export function listOf<T extends z.ZodType>(
  item: T,
  field: string,
  max: number,
  unit = 'items',
  { one = 'entry', of }: { one?: string; of?: string } = {},
) {
  return z
    .array(item, { error: `${field} must be an array${of ? ` of ${of}` : ''}` })
    .min(1, { message: `${field} needs at least one ${one}` })
    .max(max, { message: `${field} has more than ${max} ${unit}; the limit is ${max} per call` });
}

export const TagValue = z.object({ Tag: requiredString('Tag'), Value: z.unknown() });
