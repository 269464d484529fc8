import i18next from 'i18next';

import { isDocumentedInfo } from '@/shared/contract/error-codes';
import type { CallFailure } from '@/shared/contract/runs';
import { explainError } from '@/shared/i18n';

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
  return code !== undefined && isDocumentedInfo(code, info)
    ? i18next.t('common:failure.tencentSays', { info })
    : info;
}

/** Turns any error of a call into words for an alert, using the error catalogue for Tencent codes. */
export function describeFailure(error: unknown): FailureDescription {
  if (!(error instanceof ApiError)) {
    return {
      title: i18next.t('common:failure.unexpected'),
      meaning: String(error),
      retryable: false,
    };
  }
  const requestId = error.requestId
    ? ` · ${i18next.t('common:failure.requestId', { id: error.requestId })}`
    : '';
  const { failure } = error;
  switch (failure.kind) {
    case 'tencent': {
      const entry = explainError(failure.code);
      return {
        title: i18next.t('common:failure.tencentError', { code: failure.code }),
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
        title: i18next.t('common:failure.network.title'),
        meaning: failure.detail,
        nextStep: i18next.t('common:failure.network.nextStep'),
        retryable: true,
      };
    case 'contract':
      return {
        title: i18next.t('common:failure.contract.title'),
        meaning: failure.detail,
        nextStep: i18next.t('common:failure.contract.nextStep'),
        details: requestId || undefined,
        retryable: false,
      };
  }
}

/** A refusal is about who asks or where from, never about the fields; only a 400 names fields. */
function proxyNextStep(failure: Extract<ApiFailure, { kind: 'proxy' }>): string | undefined {
  const t = i18next.t;
  if (failure.status >= 500) return t('common:failure.proxy.upstream');
  if (failure.type === 'urn:friend-console:forbidden')
    return t('common:failure.proxy.forbiddenRole');
  if (failure.type === 'urn:friend-console:cross-site') return t('common:failure.proxy.crossSite');
  if (failure.status === 401) return t('common:failure.proxy.signIn');
  if (failure.status === 403) return t('common:failure.proxy.forbidden');
  if (failure.status === 413) return t('common:failure.proxy.tooLarge');
  if (failure.status === 429) return t('common:failure.proxy.tooMany');
  return failure.errors.length > 0 ? t('common:failure.proxy.fixFields') : undefined;
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
