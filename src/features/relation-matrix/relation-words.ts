import i18next from 'i18next';

import type { CheckType } from '@/shared/contract/friend-check';

import { BLOCK, type BlockCode, CELL, type CellCode } from './build-matrix';
import './matrix-colors.css';

export const CELL_SYMBOLS: Record<CellCode, string> = {
  [CELL.pending]: '',
  [CELL.bothWay]: '⇄',
  [CELL.aWithB]: '→',
  [CELL.bWithA]: '←',
  [CELL.none]: '·',
  [CELL.failed]: '✕',
  [CELL.self]: '—',
};
export const BLOCKED_SYMBOL = '⊘';

/** Light and dark, from matrix-colors.css; symbols on them are CELL_TEXT_COLOR. */
export const CELL_COLORS: Record<CellCode, string> = {
  [CELL.pending]: 'var(--matrix-cell-pending)',
  [CELL.bothWay]: 'var(--matrix-cell-both-way)',
  [CELL.aWithB]: 'var(--matrix-cell-a-with-b)',
  [CELL.bWithA]: 'var(--matrix-cell-b-with-a)',
  [CELL.none]: 'var(--matrix-cell-none)',
  [CELL.failed]: 'var(--matrix-cell-failed)',
  [CELL.self]: 'var(--matrix-cell-self)',
};
export const BLOCKED_COLOR = 'var(--matrix-blocked)';
export const CELL_TEXT_COLOR = 'var(--matrix-cell-text)';

/** A legend entry: one per cell kind, and one for blocked cells (which also have a relation). */
export type LegendKind =
  'pending' | 'bothWay' | 'aWithB' | 'bWithA' | 'none' | 'failed' | 'self' | 'blocked';

export const KIND_OF_CELL: Record<CellCode, LegendKind> = {
  [CELL.pending]: 'pending',
  [CELL.bothWay]: 'bothWay',
  [CELL.aWithB]: 'aWithB',
  [CELL.bWithA]: 'bWithA',
  [CELL.none]: 'none',
  [CELL.failed]: 'failed',
  [CELL.self]: 'self',
};

export function legendLabel(kind: LegendKind): string {
  return i18next.t(`relationMatrix:legend.${kind}`);
}

/** The relation in words, from the row's (From_Account's) point of view. */
export function relationInWords(
  code: CellCode,
  from: string,
  to: string,
  checkType: CheckType,
): string {
  const single = checkType === 'CheckResult_Type_Single';
  const keys = {
    [CELL.bothWay]: 'bothWay',
    [CELL.aWithB]: single ? 'aWithBSingle' : 'aWithB',
    [CELL.bWithA]: 'bWithA',
    [CELL.none]: single ? 'noneSingle' : 'none',
    [CELL.failed]: 'failed',
    [CELL.self]: 'self',
    [CELL.pending]: 'pending',
  } as const;
  const key = keys[code];
  return i18next.t(`relationMatrix:relation.${key}`, { from, to });
}

const BLOCK_KEY = {
  [BLOCK.rowBlocksColumn]: 'rowBlocksColumn',
  [BLOCK.columnBlocksRow]: 'columnBlocksRow',
  [BLOCK.both]: 'both',
} as const;

/** Who blocks whom, in words; empty for no block. */
export function blockInWords(block: BlockCode, from: string, to: string): string {
  if (block === BLOCK.none) return '';
  return i18next.t(`relationMatrix:block.${BLOCK_KEY[block]}`, { from, to });
}

/** A cell's accessible name: the pair, its relation and any block. */
export function cellInWords(
  code: CellCode,
  block: BlockCode,
  from: string,
  to: string,
  checkType: CheckType,
): string {
  const relation = relationInWords(code, from, to, checkType);
  const blocked = blockInWords(block, from, to);
  return blocked ? `${relation}; ${blocked}` : relation;
}
