import type { CheckType } from '@/shared/contract/friend-check';
import { explainCode } from '@/shared/contract/error-codes';

import { CELL, CELL_DATA_RELATION, type RelationMatrix } from '../build-matrix';
import { CELL_COLORS, CELL_SYMBOLS, relationInWords } from '../relation-words';
import classes from './relation-grid.module.css';

function cellTitle(matrix: RelationMatrix, row: number, column: number, words: string): string {
  const failure = matrix.failure(row, column);
  if (!failure) return words;
  const entry = explainCode(failure.code);
  return `${words}: ${failure.code} ${failure.info}. ${entry.meaning} Next step: ${entry.nextStep}`;
}

/** An accessible grid: rows are From_Account, columns To_Account, each cell named in words. */
export function RelationGrid({
  matrix,
  checkType,
  busy,
}: {
  matrix: RelationMatrix;
  checkType: CheckType;
  busy: boolean;
}) {
  return (
    <div className={classes.scroller}>
      <table role="grid" aria-label="Relation matrix" aria-busy={busy} className={classes.grid}>
        <thead>
          <tr>
            <th className={classes.corner} scope="col">
              From ↓ · To →
            </th>
            {matrix.columns.map((column) => (
              <th key={column} scope="col" className={classes.columnHeader} title={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((from, row) => (
            <tr key={from}>
              <th scope="row" className={classes.rowHeader}>
                {from}
              </th>
              {matrix.columns.map((to, column) => {
                const code = matrix.cell(row, column);
                const words = relationInWords(code, from, to, checkType);
                return (
                  <td
                    key={to}
                    role="gridcell"
                    tabIndex={row === 0 && column === 0 ? 0 : -1}
                    className={classes.cell}
                    style={{ background: CELL_COLORS[code] }}
                    aria-label={`${from} → ${to}: ${words}`}
                    title={cellTitle(matrix, row, column, words)}
                    data-relation={CELL_DATA_RELATION[code]}
                  >
                    <span aria-hidden>{code === CELL.pending ? '' : CELL_SYMBOLS[code]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
