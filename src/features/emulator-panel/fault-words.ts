import i18next from 'i18next';

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
  const scope = [
    rule.from && i18next.t('emulatorPanel:faults.scopeFrom', { account: rule.from }),
    rule.to && i18next.t('emulatorPanel:faults.scopeTo', { account: rule.to }),
  ].filter(Boolean);
  const words = { fault: describeFault(rule), api: rule.api.split('/').pop() ?? rule.api };
  return scope.length
    ? i18next.t('emulatorPanel:faults.ruleScoped', { ...words, scope: scope.join(', ') })
    : i18next.t('emulatorPanel:faults.ruleOn', words);
}

/** The catalogue as suggestions ("30006 · Err_…"), so a fault uses a code the console explains. */
export const CODE_LABELS = [...errorCatalogue.values()]
  .sort((a, b) => a.code - b.code)
  .map((entry) => `${entry.code} · ${entry.info}`);
