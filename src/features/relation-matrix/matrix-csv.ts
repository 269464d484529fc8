import { toCsv } from '@/shared/lib/csv';

import { CELL, CELL_DATA_BLOCK, type CellCode, type RelationMatrix } from './build-matrix';

/** Short, stable words for the CSV, from the row's (From_Account's) point of view. */
export const CSV_RELATION: Record<CellCode, string> = {
  [CELL.pending]: '',
  [CELL.bothWay]: 'both_ways',
  [CELL.aWithB]: 'row_to_column_only',
  [CELL.bWithA]: 'column_to_row_only',
  [CELL.none]: 'none',
  [CELL.failed]: 'failed',
  [CELL.self]: 'self',
};

/**
 * The matrix as CSV: a header of To_Accounts, then one line per From_Account. A blocked cell
 * adds its block after a space, as `data-block` names it: `none blocked:row-blocks-column`.
 */
export function matrixToCsv(matrix: RelationMatrix): string {
  const rows = matrix.rows.map((from, row) => {
    const line = [from];
    for (let column = 0; column < matrix.columns.length; column += 1) {
      const block = CELL_DATA_BLOCK[matrix.block(row, column)];
      const relation = CSV_RELATION[matrix.cell(row, column)];
      line.push([relation, block && `blocked:${block}`].filter(Boolean).join(' '));
    }
    return line;
  });
  return toCsv(['From_Account \\ To_Account', ...matrix.columns], rows);
}
