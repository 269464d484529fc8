import i18next from 'i18next';

import type { RunItem } from '@/shared/contract/runs';
import { currentFormat } from '@/shared/i18n';

import type { ClassifiedResult } from './classify-result';

export const RESULTS_CSV_HEADERS = [
  'From_Account',
  'To_Account',
  'AddType',
  'ForceAddFlags',
  'Remark',
  'GroupName',
  'status',
  'ResultCode',
  'ResultInfo',
  'explanation',
  'time',
] as const;

interface SentItem {
  To_Account?: unknown;
  Remark?: unknown;
  GroupName?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The results as a record: who added whom, how, with which remark and group, what Tencent
 * answered and what it means (in the current language), and when (ISO 8601 with the operator's
 * zone's offset). `items` and `results` are in the same order.
 */
export function resultsCsvRows(
  from: string,
  request: Record<string, unknown>,
  items: readonly RunItem[],
  results: readonly ClassifiedResult[],
  statusLabel: (result: ClassifiedResult) => string,
): string[][] {
  const sent = new Map<string, SentItem>();
  const list = Array.isArray(request.AddFriendItem) ? (request.AddFriendItem as SentItem[]) : [];
  for (const item of list) sent.set(text(item.To_Account), item);
  const { iso } = currentFormat();
  return results.map((result, index) => {
    const own = sent.get(result.account);
    const finishedAt = items[index]?.finishedAt;
    return [
      from,
      result.account,
      text(request.AddType) || (request.kind === 'friend_add' ? 'Add_Type_Both' : ''),
      String(request.ForceAddFlags ?? 0),
      text(own?.Remark),
      text(own?.GroupName),
      statusLabel(result),
      String(result.code ?? ''),
      result.info,
      result.nextStep
        ? i18next.t('friendAdd:results.csvExplanation', {
            meaning: result.meaning,
            step: result.nextStep,
          })
        : result.meaning,
      finishedAt ? iso(finishedAt) : '',
    ];
  });
}
