import Papa from 'papaparse';

import { CELL, type CellCode, type RelationMatrix } from './build-matrix';

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

/** The matrix as CSV: a header of To_Accounts, then one line per From_Account. */
export function matrixToCsv(matrix: RelationMatrix): string {
  const data: string[][] = [['From_Account \\ To_Account', ...matrix.columns]];
  matrix.rows.forEach((from, row) => {
    const line = [from];
    for (let column = 0; column < matrix.columns.length; column += 1) {
      line.push(CSV_RELATION[matrix.cell(row, column)]);
    }
    data.push(line);
  });
  return Papa.unparse(data, { newline: '\n' });
}
