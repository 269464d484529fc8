import type { VirtualItem } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';

import type { RelationMatrix } from '../build-matrix';
import { CELL_WIDTH } from './grid-row';
import classes from './relation-grid.module.css';

/** The sticky row of column headers (To_Account), with the corner. */
export function GridHeaderRow({
  matrix,
  width,
  height,
  headerWidth,
  visibleColumns,
}: {
  matrix: RelationMatrix;
  width: number;
  height: number;
  headerWidth: number;
  visibleColumns: VirtualItem[];
}) {
  const { t } = useTranslation('relationMatrix');
  return (
    <div role="row" aria-rowindex={1} className={classes.headerRow} style={{ width, height }}>
      <div
        role="columnheader"
        aria-colindex={1}
        className={classes.corner}
        style={{ width: headerWidth, height }}
      >
        <span>{t('grid.to')}</span>
        <span>{t('grid.from')}</span>
      </div>
      {visibleColumns.map((column) => (
        <div
          key={column.index}
          role="columnheader"
          aria-colindex={column.index + 2}
          className={classes.columnHeader}
          style={{ left: column.start, width: CELL_WIDTH, height }}
          title={matrix.columns[column.index]}
        >
          <span>{matrix.columns[column.index]}</span>
        </div>
      ))}
    </div>
  );
}
