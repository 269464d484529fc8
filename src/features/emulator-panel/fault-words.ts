import type { FaultRule } from '@/shared/contract/emulator-control';
import { errorCatalogue, explainCode } from '@/shared/contract/error-codes';

/** A rule's effect in a few words: "ResultCode 30006 · Err_SNS_…", "HTTP 503", "+200 ms". */
export function describeFault(rule: FaultRule): string {
  if (rule.resultCode !== undefined) {
    return `ResultCode ${rule.resultCode} · ${explainCode(rule.resultCode).info}`;
  }
  if (rule.errorCode !== undefined) {
    return `ErrorCode ${rule.errorCode} · ${explainCode(rule.errorCode).info}`;
  }
  if (rule.httpStatus !== undefined) return `HTTP ${rule.httpStatus}`;
  return `+${rule.latencyMs} ms`;
}

/** A rule in full, where it is named away from its own row (the call log). */
export function describeFaultRule(rule: FaultRule): string {
  const scope = [rule.from && `From ${rule.from}`, rule.to && `To ${rule.to}`].filter(Boolean);
  return `${describeFault(rule)} on ${rule.api.split('/').pop()}${scope.length ? ` (${scope.join(', ')})` : ''}`;
}

/** The catalogue as suggestions ("30006 · Err_…"), so a fault uses a code the console explains. */
export const CODE_LABELS = [...errorCatalogue.values()]
  .sort((a, b) => a.code - b.code)
  .map((entry) => `${entry.code} · ${entry.info}`);
