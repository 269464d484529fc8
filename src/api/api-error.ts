import type { FieldProblem } from '@/shared/contract/common';

/** Why a call failed as a whole: a proxy problem (HTTP 4xx/5xx), a Tencent FAIL, or the network. */
export type ApiFailure =
  | {
      kind: 'proxy';
      status: number;
      /** The problem's `type` URN (`urn:friend-console:forbidden`, …), when the proxy sent one. */
      type?: string;
      title: string;
      detail: string;
      errors: FieldProblem[];
    }
  | { kind: 'tencent'; code: number; info: string }
  | { kind: 'network'; detail: string }
  | { kind: 'contract'; detail: string };

export class ApiError extends Error {
  readonly failure: ApiFailure;
  readonly requestId?: string;

  constructor(failure: ApiFailure, requestId?: string) {
    super(describeFailure(failure));
    this.name = 'ApiError';
    this.failure = failure;
    this.requestId = requestId;
  }
}

function describeFailure(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'proxy':
      return `${failure.title}: ${failure.detail}`;
    case 'tencent':
      return `Tencent error ${failure.code}: ${failure.info}`;
    case 'network':
      return `Network error: ${failure.detail}`;
    case 'contract':
      return `Unexpected response: ${failure.detail}`;
  }
}
