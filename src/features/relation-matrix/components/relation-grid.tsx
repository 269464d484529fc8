import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
} from 'react';

import { infoInWords } from '@/api/describe-failure';

import { CELL, CELL_DATA_RELATION, type CellCode, type RelationMatrix } from '../build-matrix';
import { CELL_COLORS, CELL_SYMBOLS, relationInWords } from '../relation-words';
import classes from './relation-grid.module.css';

const CELL_WIDTH = 36;
const CELL_HEIGHT = 30;
/** What to render before the grid is measured (and where nothing measures, as in jsdom). */
const INITIAL_RECT = { width: 1200, height: 600 };
/** Rough width of one character of the monospace headers. */
const CHAR_WIDTH = 7.5;

/** A position in the grid: `row` indexes the shown rows; column −1 is the row's header. */
export interface GridPosition {
  row: number;
  column: number;
}

export interface RelationGridProps {
  matrix: RelationMatrix;
  /** Bumped whenever cells change, since the matrix itself is mutated in place. */
  version: number;
  busy: boolean;
  /** Matrix rows to show, in order (all of them unless a filter is on). */
  shownRows: readonly number[];
  /** Cells of these kinds stay bright; the others are dimmed. Undefined: all bright. */
  highlight?: ReadonlySet<CellCode>;
  active: GridPosition;
  onActiveChange: (position: GridPosition) => void;
  onHover: (position: GridPosition | undefined) => void;
}

/**
 * The matrix as an accessible grid that renders only what is visible, so a million cells scroll
 * like a hundred. Rows are From_Account, columns To_Account; headers stay put while scrolling.
 */
export function RelationGrid({
  matrix,
  version,
  busy,
  shownRows,
  highlight,
  active,
  onActiveChange,
  onHover,
}: RelationGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const keyboardMoved = useRef(false);
  const rowHeaderWidth = useMemo(() => headerSize(matrix.rows, 80, 200), [matrix.rows]);
  const columnHeaderHeight = useMemo(() => headerSize(matrix.columns, 48, 130), [matrix.columns]);

  // The active cell is always rendered, so keyboard focus survives scrolling it out of view.
  const keepActive = useCallback(
    (index: number) => (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (index >= 0 && index < range.count && !indexes.includes(index)) {
        indexes.push(index);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [],
  );
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
    rangeExtractor: useMemo(() => keepActive(active.row), [keepActive, active.row]),
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
    rangeExtractor: useMemo(() => keepActive(active.column), [keepActive, active.column]),
  });

  useEffect(() => {
    if (!keyboardMoved.current) return;
    keyboardMoved.current = false;
    scrollRef.current?.querySelector<HTMLElement>('[data-active="true"]')?.focus();
  }, [active]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const lastRow = shownRows.length - 1;
    const lastColumn = matrix.columns.length - 1;
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 300) / CELL_HEIGHT) - 2,
    );
    const { row, column } = active;
    const next: Record<string, GridPosition> = {
      ArrowUp: { row: row - 1, column },
      ArrowDown: { row: row + 1, column },
      ArrowLeft: { row, column: column - 1 },
      ArrowRight: { row, column: column + 1 },
      PageUp: { row: row - page, column },
      PageDown: { row: row + page, column },
      Home: event.ctrlKey ? { row: 0, column: 0 } : { row, column: -1 },
      End: event.ctrlKey ? { row: lastRow, column: lastColumn } : { row, column: lastColumn },
    };
    const target = next[event.key];
    if (!target) return;
    event.preventDefault();
    const position = {
      row: clamp(target.row, 0, lastRow),
      column: clamp(target.column, -1, lastColumn),
    };
    keyboardMoved.current = true;
    rows.scrollToIndex(position.row);
    if (position.column >= 0) columns.scrollToIndex(position.column);
    onActiveChange(position);
  };

  const positionOf = (event: MouseEvent<HTMLDivElement>): GridPosition | undefined => {
    const element = (event.target as HTMLElement).closest<HTMLElement>('[data-position]');
    const [row, column] = (element?.dataset.position ?? '').split(':').map(Number);
    return row === undefined || column === undefined || Number.isNaN(row)
      ? undefined
      : { row, column };
  };

  const totalWidth = columns.getTotalSize();
  const visibleColumns = columns.getVirtualItems();
  const width = matrix.columns.length;

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      style={{ height: `min(64vh, ${rows.getTotalSize() + 2}px)` }}
      role="grid"
      aria-label="Relation matrix"
      aria-busy={busy}
      aria-rowcount={shownRows.length + 1}
      aria-colcount={width + 1}
      data-version={version}
      onKeyDown={move}
      onClick={(event) => {
        const position = positionOf(event);
        if (position) onActiveChange(position);
      }}
      onMouseOver={(event) => onHover(positionOf(event))}
      onMouseLeave={() => onHover(undefined)}
    >
      <div style={{ width: totalWidth, height: rows.getTotalSize(), position: 'relative' }}>
        <div
          role="row"
          aria-rowindex={1}
          className={classes.headerRow}
          style={{ width: totalWidth, height: columnHeaderHeight }}
        >
          <div
            role="columnheader"
            aria-colindex={1}
            className={classes.corner}
            style={{ width: rowHeaderWidth, height: columnHeaderHeight }}
          >
            <span>To →</span>
            <span>From ↓</span>
          </div>
          {visibleColumns.map((column) => (
            <div
              key={column.index}
              role="columnheader"
              aria-colindex={column.index + 2}
              className={classes.columnHeader}
              style={{ left: column.start, width: CELL_WIDTH, height: columnHeaderHeight }}
              title={matrix.columns[column.index]}
            >
              <span>{matrix.columns[column.index]}</span>
            </div>
          ))}
        </div>
        {rows.getVirtualItems().map((virtualRow) => {
          const row = shownRows[virtualRow.index] ?? 0;
          const from = matrix.rows[row] ?? '';
          const headerActive = active.row === virtualRow.index && active.column === -1;
          return (
            <div
              key={virtualRow.index}
              role="row"
              aria-rowindex={virtualRow.index + 2}
              className={classes.row}
              style={{ top: virtualRow.start, width: totalWidth, height: CELL_HEIGHT }}
            >
              <div
                role="rowheader"
                aria-colindex={1}
                className={classes.rowHeader}
                style={{ width: rowHeaderWidth }}
                title={from}
                tabIndex={headerActive ? 0 : -1}
                data-active={headerActive}
                data-position={`${virtualRow.index}:-1`}
              >
                {from}
              </div>
              {visibleColumns.map((column) => {
                const to = matrix.columns[column.index] ?? '';
                const code = matrix.cell(row, column.index);
                const words = relationInWords(code, from, to, matrix.checkType);
                const isActive = active.row === virtualRow.index && active.column === column.index;
                const dimmed = highlight !== undefined && !highlight.has(code);
                return (
                  <div
                    key={column.index}
                    role="gridcell"
                    data-from={from}
                    data-to={to}
                    aria-colindex={column.index + 2}
                    aria-label={`${from} → ${to}: ${words}`}
                    aria-selected={isActive}
                    tabIndex={isActive ? 0 : -1}
                    className={classes.cell}
                    style={{
                      left: column.start,
                      background: CELL_COLORS[code],
                      opacity: dimmed ? 0.25 : undefined,
                    }}
                    title={cellTitle(matrix, row, column.index, words)}
                    data-relation={CELL_DATA_RELATION[code]}
                    data-active={isActive}
                    data-position={`${virtualRow.index}:${column.index}`}
                  >
                    <span aria-hidden>{code === CELL.pending ? '' : CELL_SYMBOLS[code]}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function cellTitle(matrix: RelationMatrix, row: number, column: number, words: string): string {
  const failure = matrix.failure(row, column);
  if (!failure) return words;
  return `${words}: ${failure.code ?? ''} ${infoInWords(failure.code, failure.info)}. ${failure.meaning}`;
}

/** Room for the longest account name, within bounds. */
function headerSize(accounts: readonly string[], min: number, max: number): number {
  let longest = 0;
  for (const account of accounts) longest = Math.max(longest, account.length);
  return Math.round(clamp(longest * CHAR_WIDTH + 24, min, max));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
