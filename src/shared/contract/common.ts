import { z } from 'zod';

import { isPrintableAsciiWithoutSpace, utf8ByteLength } from '../lib/utf8';
import { fieldPath } from './field-path';

/**
 * A custom issue: the English `message` the proxy and emulator send, plus a stable key and values
 * (`params.i18n`, keys under `common:validation.` in the UI's catalogues) so the UI can word it
 * in the operator's language.
 */
function issue(message: string, key: string, values: Record<string, string | number>) {
  return { code: 'custom' as const, message, params: { i18n: { key, values } } };
}

/**
 * A string limited in UTF-8 bytes, as all of Tencent's text limits are. The message names the
 * field, its size and the limit, so the same words reach the form, the proxy and the emulator.
 */
export function utf8String(
  field: string,
  { minBytes = 0, maxBytes }: { minBytes?: number; maxBytes: number },
) {
  return requiredString(field).superRefine((value, ctx) => {
    const bytes = utf8ByteLength(value);
    if (bytes > maxBytes) {
      ctx.addIssue(tooManyBytes(field, bytes, maxBytes));
    } else if (bytes < minBytes) {
      ctx.addIssue(
        minBytes === 1
          ? issue(`${field} must not be empty`, 'empty', { field })
          : issue(`${field} must be at least ${minBytes} bytes`, 'tooFewBytes', {
              field,
              minimum: minBytes,
            }),
      );
    }
  });
}

function tooManyBytes(field: string, bytes: number, limit: number) {
  return issue(`${field} is ${bytes} bytes; the limit is ${limit} bytes`, 'tooManyBytes', {
    field,
    bytes,
    limit,
  });
}

/** A string field whose messages say "is required" or "must be a string", naming the field. */
export function requiredString(field: string) {
  return z.string({
    error: (issue) =>
      issue.input === undefined ? `${field} is required` : `${field} must be a string`,
  });
}

const MAX_ACCOUNT_ID_BYTES = 32;

/**
 * A UserID. Decision D3: 1–32 bytes of printable ASCII without spaces (the docs disagree on the
 * charset, see contract §9.5; this is the widest reading that every SDK accepts). One pass over
 * the characters and no regex: a bulk call checks up to 1000 ids per body.
 */
export function accountId(field: string) {
  return requiredString(field).superRefine((value, ctx) => {
    if (isAccountId(value)) return;
    const bytes = utf8ByteLength(value);
    if (bytes > MAX_ACCOUNT_ID_BYTES) {
      ctx.addIssue(tooManyBytes(field, bytes, MAX_ACCOUNT_ID_BYTES));
    } else {
      ctx.addIssue(
        value === ''
          ? issue(`${field} must not be empty`, 'empty', { field })
          : issue(`${field} may contain only printable ASCII without spaces`, 'accountIdChars', {
              field,
            }),
      );
    }
  });
}

/** Whether `value` is a well-formed UserID (decision D3), without building an error. */
export function isAccountId(value: string): boolean {
  // Printable ASCII is one byte a character, so the length is the byte count.
  return (
    value.length > 0 && value.length <= MAX_ACCOUNT_ID_BYTES && isPrintableAsciiWithoutSpace(value)
  );
}

export const AccountId = accountId('UserID');

/** Tencent's response envelope. Sns and profile APIs add ErrorDisplay; account APIs omit it. */
export const Envelope = z.looseObject({
  ActionStatus: z.enum(['OK', 'FAIL']),
  ErrorCode: z.number().int(),
  ErrorInfo: z.string(),
  ErrorDisplay: z.string().optional(),
});
export type Envelope = z.infer<typeof Envelope>;

/** Per-account outcome of sns write APIs (friend_add, friend_delete, black_list_add…). */
export const ResultItem = z.looseObject({
  To_Account: z.string(),
  ResultCode: z.number().int(),
  ResultInfo: z.string(),
});
export type ResultItem = z.infer<typeof ResultItem>;

/** Present only when at least one item failed (contract §1.3). */
export const FailAccount = z.array(z.string()).optional();

export interface FieldProblem {
  field: string;
  message: string;
}

export function describeIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    return { field: field || '(body)', message: issue.message };
  });
}
