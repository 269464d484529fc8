import type { Context } from 'hono';

import { describeIssues } from '@/shared/contract/common';
import {
  BLOCK_LETTERS,
  ExportQuery,
  FAILED_LETTER,
  RELATION_LETTERS,
  type RunSummary,
} from '@/shared/contract/runs';
import { isoWithOffset } from '@/shared/lib/iso-time';

import { badRequest } from '../problem';
import type { ProxyEnv } from '../proxy-env';
import { exportWords } from './export-words';
import type { RunStore } from './run-store';

export function csvResponse(name: string, text: string): Response {
  return new Response(text, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}

/** `?lang=&tz=` of an export, or the 400 naming the bad one. */
export function parseExportQuery(c: Context<ProxyEnv>): ExportQuery | Response {
  const { lang, tz } = c.req.query();
  const query = ExportQuery.safeParse({ lang, tz });
  return query.success ? query.data : badRequest(c.get('requestId'), describeIssues(query.error));
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
  'explanation',
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
  'explanation',
  'state',
];

/** One item's CSV lines (a matrix call has one per pair), explained in `lang`, times in `tz`. */
export function csvRows(
  summary: RunSummary,
  item: Awaited<ReturnType<RunStore['items']>>[number],
  { lang, tz }: ExportQuery,
) {
  const words = exportWords(lang);
  if ('Relations' in item) {
    return item.To_Account.map((to, position) => {
      const failure = item.failures[to];
      return [
        item.From_Account,
        to,
        // black_list_check rows carry its Relation (BlackCheckResult_Type_…) in the same column.
        item.Blocks
          ? letterRelation(BLOCK_OF_LETTER, item.Blocks[position])
          : item.Relations
            ? letterRelation(RELATION_OF_LETTER, item.Relations[position])
            : null,
        failure ? failure.ResultCode : item.state === 'done' ? 0 : null,
        failure?.ResultInfo ?? null,
        words.explain(failure?.ResultCode),
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
      words.explain(item.ResultCode),
      item.undone ? 'yes' : 'no',
      item.verified,
      item.finishedAt ? isoWithOffset(item.finishedAt, tz) : null,
    ],
  ];
}

const invert = (letters: Record<string, string>): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(letters).map(([relation, letter]) => [letter, relation])),
  [FAILED_LETTER]: 'failed',
});
const RELATION_OF_LETTER = invert(RELATION_LETTERS);
const BLOCK_OF_LETTER = invert(BLOCK_LETTERS);
function letterRelation(
  relations: Record<string, string>,
  letter: string | undefined,
): string | null {
  return letter ? (relations[letter] ?? null) : null;
}
