import type { VirtualItem } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';

import { infoInWords } from '@/api/describe-failure';

import {
  BLOCK,
  CELL,
  CELL_DATA_BLOCK,
  CELL_DATA_RELATION,
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
      {visibleColumns.map((column) => {
        const to = matrix.columns[column.index] ?? '';
        const code = matrix.cell(row, column.index);
        const block = matrix.block(row, column.index);
        const words = cellInWords(code, block, from, to, matrix.checkType);
        const isActive = selected.row === shownIndex && selected.column === column.index;
        const dimmed = highlight !== undefined && !highlight(row, column.index);
        return (
          <div
            key={column.index}
            role="gridcell"
            data-from={from}
            data-to={to}
            aria-colindex={column.index + 2}
            aria-label={t('grid.cell', { from, to, words })}
            aria-selected={isActive}
            tabIndex={isActive ? 0 : -1}
            className={classes.cell}
            style={{
              left: column.start,
              backgroundColor: CELL_COLORS[code],
              opacity: dimmed ? 0.25 : undefined,
            }}
            title={cellTitle(matrix, row, column.index, words)}
            data-relation={CELL_DATA_RELATION[code]}
            data-block={CELL_DATA_BLOCK[block]}
            data-active={isActive}
            data-position={`${shownIndex}:${column.index}`}
          >
            <span aria-hidden>{symbolOf(code, block !== BLOCK.none)}</span>
          </div>
        );
      })}
    </div>
  );
}

function symbolOf(code: CellCode, blocked: boolean): string {
  if (blocked) return BLOCKED_SYMBOL;
  return code === CELL.pending ? '' : CELL_SYMBOLS[code];
}

function cellTitle(matrix: RelationMatrix, row: number, column: number, words: string): string {
  const failure = matrix.failure(row, column);
  if (!failure) return words;
  return `${words}: ${failure.code ?? ''} ${infoInWords(failure.code, failure.info)}. ${failure.meaning}`;
}
