import type { RunSummary } from '@/shared/contract/runs';

import type { RunStore } from './run-store';

export function csvResponse(name: string, text: string): Response {
  return new Response(text, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}

export const ITEM_CSV_HEADER = [
  'From_Account',
  'To_Account',
  'AddType',
  'ForceAddFlags',
  'Remark',
  'GroupName',
  'state',
  'ResultCode',
  'ResultInfo',
  'undone',
  'verified',
  'time',
];
export const MATRIX_CSV_HEADER = [
  'From_Account',
  'To_Account',
  'Relation',
  'ResultCode',
  'ResultInfo',
  'state',
];

export function csvRows(summary: RunSummary, item: Awaited<ReturnType<RunStore['items']>>[number]) {
  if ('Relations' in item) {
    return item.To_Account.map((to, position) => {
      const failure = item.failures[to];
      return [
        item.From_Account,
        to,
        item.Relations ? letterRelation(item.Relations[position]) : null,
        failure ? failure.ResultCode : item.state === 'done' ? 0 : null,
        failure?.ResultInfo ?? null,
        item.state,
      ];
    });
  }
  const request = summary.request as {
    AddType?: string;
    ForceAddFlags?: number;
    AddFriendItem?: { To_Account: string; Remark?: string; GroupName?: string }[];
  };
  const added = request.AddFriendItem?.[item.index];
  return [
    [
      summary.From_Account,
      item.To_Account,
      request.AddType ?? (summary.kind === 'friend_add' ? 'Add_Type_Both' : null),
      request.ForceAddFlags ?? null,
      added?.Remark ?? null,
      added?.GroupName ?? null,
      item.undone ? 'undone' : item.state,
      item.ResultCode,
      item.ResultInfo ?? item.failure?.title ?? null,
      item.undone ? 'yes' : 'no',
      item.verified,
      item.finishedAt,
    ],
  ];
}

const LETTER_RELATION: Record<string, string> = {
  b: 'CheckResult_Type_BothWay',
  a: 'CheckResult_Type_AWithB',
  r: 'CheckResult_Type_BWithA',
  n: 'CheckResult_Type_NoRelation',
  x: 'failed',
};
function letterRelation(letter: string | undefined): string | null {
  return letter ? (LETTER_RELATION[letter] ?? null) : null;
}
