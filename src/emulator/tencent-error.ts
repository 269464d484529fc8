import { infoFor } from '@/shared/contract/error-codes';

/** A request-level failure: becomes `ActionStatus: FAIL` with this code, HTTP 200. */
export class TencentError extends Error {
  readonly code: number;
  /** The ErrorInfo; without one the answer carries the catalogue's string for the API. */
  readonly info: string | undefined;

  constructor(code: number, info?: string) {
    super(info === undefined ? `${code}` : `${code} ${info}`);
    this.code = code;
    this.info = info;
  }
}

/** Sns and profile APIs carry ErrorDisplay; the account APIs' documented envelope does not. */
export function envelope(service: string, code = 0, info?: string): Record<string, unknown> {
  const base: Record<string, unknown> = {
    ActionStatus: code === 0 ? 'OK' : 'FAIL',
    ErrorCode: code,
    ErrorInfo: code === 0 ? (info ?? '') : (info ?? infoFor(code, service).text),
  };
  if (!service.startsWith('v4/im_open_login_svc/')) base.ErrorDisplay = '';
  return base;
}
