import i18next from 'i18next';

import type { NextAction } from '@/shared/contract/error-codes';

import type { AddStatus, ClassifiedResult } from './classify-result';

/** The codes friend_add meets that have a short name for group headings ("30003 · account missing"). */
const NAMED_CODES = [
  '0',
  '30001',
  '30003',
  '30006',
  '30007',
  '30008',
  '30009',
  '30010',
  '30011',
  '30014',
  '30515',
  '30516',
  '30525',
  '30539',
  '30540',
] as const;
const isNamedCode = (code: string): code is (typeof NAMED_CODES)[number] =>
  (NAMED_CODES as readonly string[]).includes(code);

/** States grouped by themselves rather than by their code. */
const NAMED_STATES = [
  'exists',
  'one_way',
  'not_sent',
  'unknown',
  'undone',
  'waiting',
  'sending',
] as const;
const isNamedState = (status: AddStatus): status is (typeof NAMED_STATES)[number] =>
  (NAMED_STATES as readonly string[]).includes(status);

export interface ResultGroup {
  key: string;
  /** "30003 · account missing", or "call failed · 30003" for a call that failed as a whole. */
  title: string;
  /** The explanation every row of the group shares, said once. */
  meaning: string;
  nextStep: string;
  action?: NextAction;
  callFailed: boolean;
  /** The failure's ErrorInfo or title, for a call that failed as a whole. */
  info: string;
  results: ClassifiedResult[];
}

function groupKey(result: ClassifiedResult): string {
  if (result.callFailed) return `call:${result.code ?? ''}:${result.info}`;
  if (result.code === undefined || isNamedState(result.status)) return `status:${result.status}`;
  return `code:${result.code}`;
}

function groupName(result: ClassifiedResult): string {
  if (isNamedState(result.status)) return i18next.t(`friendAdd:group.state.${result.status}`);
  const code = String(result.code ?? '');
  if (isNamedCode(code)) return i18next.t(`friendAdd:group.code.${code}`);
  return i18next.t('friendAdd:group.other');
}

function groupTitle(result: ClassifiedResult): string {
  if (result.callFailed)
    return i18next.t('friendAdd:group.callFailed', {
      code: result.code ?? i18next.t('friendAdd:group.noCode'),
    });
  const name = groupName(result);
  return result.code === undefined
    ? name
    : i18next.t('friendAdd:group.title', { code: result.code, name });
}

/** The results by ResultCode (and by state where no code came), in the order first met. */
export function groupResults(results: readonly ClassifiedResult[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const result of results) {
    const key = groupKey(result);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        title: groupTitle(result),
        meaning: result.meaning,
        nextStep: result.nextStep,
        action: result.action,
        callFailed: result.callFailed === true,
        info: result.info,
        results: [],
      };
      groups.set(key, group);
    }
    group.results.push(result);
  }
  return [...groups.values()];
}
