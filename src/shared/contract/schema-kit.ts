import { z } from 'zod';

import { accountId, requiredString } from './common';

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

/** A UserID: fully checked in requests; on the wire a bad id fails only its item. */
export function idOf(mode: SchemaMode, field: string): z.ZodType<string> {
  return mode === 'request' ? accountId(field) : requiredString(field);
}

/** A non-empty list capped per call, with messages naming the field and the cap. */
export function listOf<T extends z.ZodType>(item: T, field: string, max: number, unit = 'items') {
  return z
    .array(item, { error: `${field} must be an array` })
    .min(1, { message: `${field} needs at least one entry` })
    .max(max, { message: `${field} has more than ${max} ${unit}; the limit is ${max} per call` });
}

export const TagValue = z.object({ Tag: requiredString('Tag'), Value: z.unknown() });
