import type { VirtualItem } from '@tanstack/react-virtual';
import { memo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { infoInWords } from '@/api/describe-failure';
import type { ItemFailure } from '@/api/item-failure';
import type { CheckType } from '@/shared/contract/friend-check';

import {
  BLOCK,
  CELL,
  CELL_DATA_BLOCK,
  CELL_DATA_RELATION,
  type BlockCode,
  type CellCode,
  type RelationMatrix,
} from '../build-matrix';
import { BLOCKED_SYMBOL, CELL_COLORS, CELL_SYMBOLS, cellInWords } from '../relation-words';
import type { GridPosition } from './use-grid-keys';
import classes from './relation-grid.module.css';

export const CELL_WIDTH = 36;
export const CELL_HEIGHT = 30;

/** One shown row: its sticky header (with AdminForbidType when set) and its visible cells. */
export function GridRow({
  matrix,
  row,
  shownIndex,
  top,
  width,
  headerWidth,
  visibleColumns,
  selected,
  highlight,
  forbidden,
}: {
  matrix: RelationMatrix;
  row: number;
  shownIndex: number;
  top: number;
  width: number;
  headerWidth: number;
  visibleColumns: VirtualItem[];
  selected: GridPosition;
  highlight?: (row: number, column: number) => boolean;
  forbidden: boolean;
}) {
  const { t } = useTranslation('relationMatrix');
  const from = matrix.rows[row] ?? '';
  const headerActive = selected.row === shownIndex && selected.column === -1;
  return (
    <div
      role="row"
      aria-rowindex={shownIndex + 2}
      className={classes.row}
      style={{ top, width, height: CELL_HEIGHT }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        className={classes.rowHeader}
        style={{ width: headerWidth }}
        title={forbidden ? t('forbid.explain', { account: from }) : from}
        tabIndex={headerActive ? 0 : -1}
        data-active={headerActive}
        data-position={`${shownIndex}:-1`}
        data-admin-forbid={forbidden ? 'AdminForbid_Type_SendOut' : undefined}
      >
        {forbidden && <span className={classes.forbidden}>{t('forbid.badge')}</span>}
        {from}
      </div>
      {visibleColumns.map((column) => (
        <GridCell
          key={column.index}
          from={from}
          to={matrix.columns[column.index] ?? ''}
          code={matrix.cell(row, column.index)}
          block={matrix.block(row, column.index)}
          failure={matrix.failure(row, column.index)}
          checkType={matrix.checkType}
          column={column.index}
          left={column.start}
          shownIndex={shownIndex}
          active={selected.row === shownIndex && selected.column === column.index}
          dimmed={highlight !== undefined && !highlight(row, column.index)}
          t={t}
        />
      ))}
    </div>
  );
}

/**
 * One cell, repainted only when what it shows changed: a live run repaints the grid ten times a
 * second, and wording every visible cell's label each time was most of the page's work.
 */
const GridCell = memo(function GridCell({
  from,
  to,
  code,
  block,
  failure,
  checkType,
  column,
  left,
  shownIndex,
  active,
  dimmed,
  t,
}: {
  from: string;
  to: string;
  code: CellCode;
  block: BlockCode;
  failure: ItemFailure | undefined;
  checkType: CheckType;
  column: number;
  left: number;
  shownIndex: number;
  active: boolean;
  dimmed: boolean;
  t: TFunction<'relationMatrix'>;
}) {
  const words = cellInWords(code, block, from, to, checkType);
  return (
    <div
      role="gridcell"
      data-from={from}
      data-to={to}
      aria-colindex={column + 2}
      aria-label={t('grid.cell', { from, to, words })}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      className={classes.cell}
      style={{ left, backgroundColor: CELL_COLORS[code], opacity: dimmed ? 0.25 : undefined }}
      title={failure ? failureTitle(words, failure) : words}
      data-relation={CELL_DATA_RELATION[code]}
      data-block={CELL_DATA_BLOCK[block]}
      data-active={active}
      data-position={`${shownIndex}:${column}`}
    >
      <span aria-hidden>{symbolOf(code, block !== BLOCK.none)}</span>
    </div>
  );
});

function symbolOf(code: CellCode, blocked: boolean): string {
  if (blocked) return BLOCKED_SYMBOL;
  return code === CELL.pending ? '' : CELL_SYMBOLS[code];
}

function failureTitle(words: string, failure: ItemFailure): string {
  return `${words}: ${failure.code ?? ''} ${infoInWords(failure.code, failure.info)}. ${failure.meaning}`;
}
