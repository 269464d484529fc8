import { explainCode, isDocumentedInfo } from '@/shared/contract/error-codes';
import type { CallFailure } from '@/shared/contract/runs';

import { ApiError, type ApiFailure } from './api-error';

export interface FailureDescription {
  title: string;
  meaning: string;
  nextStep?: string;
  details?: string;
  retryable: boolean;
}

/** The title and details on one line, where a failure shares a row or a cell with others. */
export function failureSummary(failure: FailureDescription): string {
  return [failure.title, failure.details].filter(Boolean).join(' · ');
}

/**
 * A ResultInfo / ErrorInfo as the console shows it: quoted as Tencent's words only when the
 * catalogue documents that string for the code. Anything else (the emulator's own wording, or
 * a string nobody has documented) is shown as it came, never attributed to Tencent.
 */
export function infoInWords(code: number | undefined, info: string): string {
  return code !== undefined && isDocumentedInfo(code, info) ? `Tencent says: “${info}”` : info;
}

/** Turns any error of a call into words for an alert, using the error catalogue for Tencent codes. */
export function describeFailure(error: unknown): FailureDescription {
  if (!(error instanceof ApiError)) {
    return { title: 'Unexpected error', meaning: String(error), retryable: false };
  }
  const requestId = error.requestId ? ` · request ${error.requestId}` : '';
  const { failure } = error;
  switch (failure.kind) {
    case 'tencent': {
      const entry = explainCode(failure.code);
      return {
        title: `Tencent error ${failure.code}`,
        meaning: entry.meaning,
        nextStep: entry.nextStep,
        details: `${infoInWords(failure.code, failure.info)}${requestId}`,
        retryable: entry.retryable,
      };
    }
    case 'proxy':
      return {
        title: failure.title,
        meaning: failure.detail,
        nextStep: proxyNextStep(failure),
        details: `HTTP ${failure.status}${requestId}`,
        retryable: failure.status === 502 || failure.status === 504,
      };
    case 'network':
      return {
        title: 'The console’s server could not be reached',
        meaning: failure.detail,
        nextStep: 'Check that the console is still running, then retry.',
        retryable: true,
      };
    case 'contract':
      return {
        title: 'Unexpected response',
        meaning: failure.detail,
        nextStep:
          'Report this with the request id; the response did not match the documented format.',
        details: requestId || undefined,
        retryable: false,
      };
  }
}

/** A refusal is about who asks or where from, never about the fields; only a 400 names fields. */
function proxyNextStep(failure: Extract<ApiFailure, { kind: 'proxy' }>): string | undefined {
  if (failure.status >= 500)
    return 'Tencent Chat could not be reached or failed; retry in a moment.';
  if (failure.type === 'urn:friend-console:forbidden') {
    return 'Your role does not allow this change: ask an administrator for the operator role, or sign in as an operator.';
  }
  if (failure.type === 'urn:friend-console:cross-site') {
    return 'Open the console from its own address and try again.';
  }
  if (failure.status === 401) return 'Sign in again, then retry.';
  if (failure.status === 403)
    return 'You are not allowed to do this; ask the console’s administrator.';
  if (failure.status === 413) return 'Send fewer items at a time.';
  if (failure.status === 429) return 'Wait a moment, then retry.';
  return failure.errors.length > 0 ? 'Fix the fields named above and send again.' : undefined;
}

/** A run's call that failed as a whole (Tencent's FAIL envelope or the proxy's problem), in words. */
export function describeCallFailure(failure: CallFailure): FailureDescription {
  if (failure.ErrorCode !== undefined) {
    return describeFailure(
      new ApiError({ kind: 'tencent', code: failure.ErrorCode, info: failure.ErrorInfo ?? '' }),
    );
  }
  return describeFailure(
    new ApiError({
      kind: 'proxy',
      status: failure.status,
      title: failure.title ?? `HTTP ${failure.status}`,
      detail: failure.detail ?? '',
      errors: [],
    }),
  );
}
