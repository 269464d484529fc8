import type { CheckType } from '@/shared/contract/friend-check';

import { CELL, type CellCode } from './build-matrix';

export const CELL_SYMBOLS: Record<CellCode, string> = {
  [CELL.pending]: '',
  [CELL.bothWay]: '⇄',
  [CELL.aWithB]: '→',
  [CELL.bWithA]: '←',
  [CELL.none]: '·',
  [CELL.failed]: '✕',
  [CELL.self]: '—',
};

export const CELL_COLORS: Record<CellCode, string> = {
  [CELL.pending]: 'var(--mantine-color-gray-0)',
  [CELL.bothWay]: 'var(--mantine-color-green-2)',
  [CELL.aWithB]: 'var(--mantine-color-blue-2)',
  [CELL.bWithA]: 'var(--mantine-color-orange-2)',
  [CELL.none]: 'var(--mantine-color-gray-1)',
  [CELL.failed]: 'var(--mantine-color-red-3)',
  [CELL.self]: 'var(--mantine-color-gray-3)',
};

export const LEGEND_LABELS: Record<CellCode, string> = {
  [CELL.pending]: 'Not checked yet',
  [CELL.bothWay]: 'Both ways',
  [CELL.aWithB]: 'Row → column only',
  [CELL.bWithA]: 'Column → row only',
  [CELL.none]: 'No relation',
  [CELL.failed]: 'Check failed',
  [CELL.self]: 'Same account',
};

/** The relation in words, from the row's (From_Account's) point of view. */
export function relationInWords(
  code: CellCode,
  from: string,
  to: string,
  checkType: CheckType,
): string {
  const single = checkType === 'CheckResult_Type_Single';
  switch (code) {
    case CELL.bothWay:
      return 'friends both ways';
    case CELL.aWithB:
      return single ? `${from} lists ${to} (reverse not checked)` : `only ${from} → ${to}`;
    case CELL.bWithA:
      return `only ${to} → ${from}`;
    case CELL.none:
      return single ? `${from} does not list ${to} (reverse not checked)` : 'no relation';
    case CELL.failed:
      return 'check failed';
    case CELL.self:
      return 'same account';
    default:
      return 'not checked yet';
  }
}
