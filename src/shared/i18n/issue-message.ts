import type { z } from 'zod';

import { fieldPath } from '@/shared/contract/field-path';

import { currentLanguage, translateDynamic as translate } from './init';

/** What the contract attaches to an issue so the UI can word it (`params.i18n`). */
export interface IssueTranslation {
  /** A key under `common:validation.`, or a full `namespace:key` for a feature's own rule. */
  key: string;
  values: Record<string, string | number>;
}

type Issue = z.core.$ZodIssue;

/** The field an issue is about, named the way Tencent's docs do (`AddFriendItem[3].Remark`). */
function fieldOf(issue: Issue): string {
  return fieldPath(issue.path) || '(body)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    root,
  );
}

/**
 * A contract (zod) issue in the current language. The contract's own issues carry a key and
 * values (`params.i18n`); zod's built-in codes (missing field, wrong type, enum, too many or too
 * few items) are worded from the issue's data; anything else keeps its English message. `input`
 * is the value that was parsed, which tells "is required" from "must be a string".
 */
export function issueMessage(issue: Issue, input?: unknown): string {
  const params = (issue as { params?: { i18n?: IssueTranslation } }).params?.i18n;
  if (params) {
    const key = params.key.includes(':') ? params.key : `common:validation.${params.key}`;
    return translate(key, params.values);
  }
  const field = fieldOf(issue);
  switch (issue.code) {
    case 'invalid_type':
      return input !== undefined && valueAt(input, issue.path) === undefined
        ? translate('common:validation.required', { field })
        : translate('common:validation.wrongType', { field, expected: issue.expected });
    case 'invalid_value':
      return translate('common:validation.oneOf', {
        field,
        values: new Intl.ListFormat(currentLanguage(), { type: 'disjunction' }).format(
          issue.values.map(String),
        ),
      });
    case 'too_big':
      return issue.origin === 'array'
        ? translate('common:validation.tooManyItems', { field, limit: Number(issue.maximum) })
        : issue.message;
    case 'too_small':
      return issue.origin === 'array'
        ? translate('common:validation.tooFewItems', { field, minimum: Number(issue.minimum) })
        : issue.message;
    default:
      return issue.message;
  }
}
