import type { CheckType } from '@/shared/contract/friend-check';
import type { RunRequest } from '@/shared/contract/runs';
import { readMatrixLink } from '@/shared/lib/links';

import { uniqueAccounts } from './build-matrix';

const TYPE_PARAM: Record<string, CheckType> = {
  both: 'CheckResult_Type_Both',
  single: 'CheckResult_Type_Single',
};

export interface MatrixInput {
  rows: string[];
  /** Empty: the rows again. */
  columns: string[];
  checkType: CheckType;
}

export function toMatrixRun({ rows, columns, checkType }: MatrixInput): RunRequest {
  return {
    kind: 'relation_matrix',
    Rows: rows,
    ...(columns.length > 0 ? { Columns: columns } : {}),
    CheckType: checkType,
  };
}

/** What a link such as /matrix?accounts=a,b&type=single asks for. */
export function inputFromLink(params: URLSearchParams): MatrixInput {
  const link = readMatrixLink(params);
  return {
    rows: uniqueAccounts(link.accounts),
    columns: uniqueAccounts(link.columns),
    checkType: TYPE_PARAM[link.type] ?? 'CheckResult_Type_Both',
  };
}
