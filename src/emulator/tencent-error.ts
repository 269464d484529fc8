import { explainCode } from '@/shared/contract/error-codes';

/** A request-level failure: becomes `ActionStatus: FAIL` with this code, HTTP 200. */
export class TencentError extends Error {
  readonly code: number;
  readonly info: string;

  constructor(code: number, info: string = explainCode(code).info) {
    super(`${code} ${info}`);
    this.code = code;
    this.info = info;
  }
}

/** Sns and profile APIs carry ErrorDisplay; the account APIs' documented envelope does not. */
export function envelope(service: string, code = 0, info = ''): Record<string, unknown> {
  const base: Record<string, unknown> = {
    ActionStatus: code === 0 ? 'OK' : 'FAIL',
    ErrorCode: code,
    ErrorInfo: info,
  };
  if (!service.startsWith('v4/im_open_login_svc/')) base.ErrorDisplay = '';
  return base;
}
