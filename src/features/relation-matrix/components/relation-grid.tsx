import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { RelationMatrix } from '../build-matrix';
import { GridHeaderRow } from './grid-header-row';
import { CELL_HEIGHT, CELL_WIDTH, GridRow } from './grid-row';
import { headerSize, keepSelected } from './grid-layout';
import { type GridPosition, positionOf, useGridKeys } from './use-grid-keys';
import classes from './relation-grid.module.css';

/** What to render before measuring (and where nothing measures, as in jsdom). */
const INITIAL_RECT = { width: 1200, height: 600 };

export interface RelationGridProps {
  matrix: RelationMatrix;
  /** Bumped whenever cells change, since the matrix itself is mutated in place. */
  version: number;
  busy: boolean;
  /** Matrix rows to show, in order (all of them unless a filter is on). */
  shownRows: readonly number[];
  /** Whether a cell stays bright; the others are dimmed. Undefined: all bright. */
  highlight?: (row: number, column: number) => boolean;
  /** Rows whose AdminForbidType is AdminForbid_Type_SendOut. */
  forbidden: ReadonlySet<string>;
  selected: GridPosition;
  onSelect: (position: GridPosition) => void;
  onHover: (position: GridPosition | undefined) => void;
}

/**
 * The matrix as an accessible grid that renders only what is visible, so a million cells scroll
 * like a hundred. Rows are From_Account, columns To_Account; headers stay put while scrolling.
 */
export function RelationGrid(props: RelationGridProps) {
  const { matrix, version, busy, shownRows, highlight, forbidden, selected } = props;
  const { t } = useTranslation('relationMatrix');
  const scrollRef = useRef<HTMLDivElement>(null);
  // Room for a SendOut badge when a row has one.
  const badge = forbidden.size > 0 ? 56 : 0;
  const rowHeaderWidth = useMemo(
    () => headerSize(matrix.rows, 80, 200) + badge,
    [matrix.rows, badge],
  );
  const columnHeaderHeight = useMemo(() => headerSize(matrix.columns, 48, 130), [matrix.columns]);

  // TanStack Virtual hands back functions the React Compiler cannot memoize; nothing here is compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: shownRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL_HEIGHT,
    paddingStart: columnHeaderHeight,
    scrollPaddingStart: columnHeaderHeight,
    overscan: 4,
    initialRect: INITIAL_RECT,
    rangeExtractor: useMemo(() => keepSelected(selected.row), [selected.row]),
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: matrix.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CELL_WIDTH,
    paddingStart: rowHeaderWidth,
    scrollPaddingStart: rowHeaderWidth,
    overscan: 4,
    initialRect: INITIAL_RECT,
    rangeExtractor: useMemo(() => keepSelected(selected.column), [selected.column]),
  });
  const onKeyDown = useGridKeys({
    scrollRef,
    rows,
    columns,
    rowCount: shownRows.length,
    columnCount: matrix.columns.length,
    rowHeight: CELL_HEIGHT,
    selected,
    onSelect: props.onSelect,
  });

  const totalWidth = columns.getTotalSize();
  const visibleColumns = columns.getVirtualItems();

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      // A small matrix gets a box its own size, not an empty frame as wide as the page.
      style={{
        height: `min(var(--matrix-grid-height, 64vh), ${rows.getTotalSize() + 2}px)`,
        width: totalWidth + 2,
        maxWidth: '100%',
      }}
      role="grid"
      aria-label={t('grid.label')}
      aria-busy={busy}
      aria-rowcount={shownRows.length + 1}
      aria-colcount={matrix.columns.length + 1}
      data-version={version}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        const position = positionOf(event);
        if (position) props.onSelect(position);
      }}
      onMouseOver={(event) => props.onHover(positionOf(event))}
      onMouseLeave={() => props.onHover(undefined)}
    >
      <div style={{ width: totalWidth, height: rows.getTotalSize(), position: 'relative' }}>
        <GridHeaderRow
          matrix={matrix}
          width={totalWidth}
          height={columnHeaderHeight}
          headerWidth={rowHeaderWidth}
          visibleColumns={visibleColumns}
        />
        {rows.getVirtualItems().map((virtualRow) => {
          const row = shownRows[virtualRow.index] ?? 0;
          return (
            <GridRow
              key={virtualRow.index}
              matrix={matrix}
              row={row}
              shownIndex={virtualRow.index}
              top={virtualRow.start}
              width={totalWidth}
              headerWidth={rowHeaderWidth}
              visibleColumns={visibleColumns}
              selected={selected}
              highlight={highlight}
              forbidden={forbidden.has(matrix.rows[row] ?? '')}
            />
          );
        })}
      </div>
    </div>
  );
}
