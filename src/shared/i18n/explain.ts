import { type ErrorCodeEntry, errorCatalogue, explainCode } from '@/shared/contract/error-codes';

import { translateDynamic } from './init';

/**
 * The catalogue's entry for `code` with meaning, cause and next step in the current language
 * (namespace `errors`); `info` and `retryable` are the contract's, untouched. Use this, not
 * `explainCode`, for anything a person reads.
 */
export function explainError(code: number): ErrorCodeEntry {
  const entry = explainCode(code);
  const key = errorCatalogue.has(code) ? String(code) : 'unknown';
  // The namespace is keyed by codes known only at run time, which typed keys cannot express.
  const text = (field: 'meaning' | 'cause' | 'nextStep') =>
    translateDynamic(`errors:${key}.${field}`, { code });
  return { ...entry, meaning: text('meaning'), cause: text('cause'), nextStep: text('nextStep') };
}
