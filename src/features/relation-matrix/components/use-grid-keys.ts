import { type KeyboardEvent, type MouseEvent, type RefObject, useEffect, useRef } from 'react';

/** A position in the grid: `row` indexes the shown rows; column −1 is the row's header. */
export interface GridPosition {
  row: number;
  column: number;
}

interface Scroller {
  scrollToIndex: (index: number) => void;
}

/**
 * The grid's keyboard: arrows, Page Up/Down, Home/End (with Ctrl, the corners). The selection
 * follows the keyboard, the cell scrolls into view and takes focus.
 */
export function useGridKeys({
  scrollRef,
  rows,
  columns,
  rowCount,
  columnCount,
  rowHeight,
  selected,
  onSelect,
}: {
  scrollRef: RefObject<HTMLDivElement | null>;
  rows: Scroller;
  columns: Scroller;
  rowCount: number;
  columnCount: number;
  rowHeight: number;
  selected: GridPosition;
  onSelect: (position: GridPosition) => void;
}) {
  const keyboardMoved = useRef(false);
  useEffect(() => {
    if (!keyboardMoved.current) return;
    keyboardMoved.current = false;
    scrollRef.current?.querySelector<HTMLElement>('[data-active="true"]')?.focus();
  }, [selected, scrollRef]);

  return (event: KeyboardEvent<HTMLDivElement>) => {
    const lastRow = rowCount - 1;
    const lastColumn = columnCount - 1;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / rowHeight) - 2);
    const { row, column } = selected;
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
    onSelect(position);
  };
}

/** The cell or row header an event happened in, from its `data-position="row:column"`. */
export function positionOf(event: MouseEvent<HTMLDivElement>): GridPosition | undefined {
  const element = (event.target as HTMLElement).closest<HTMLElement>('[data-position]');
  const [row, column] = (element?.dataset.position ?? '').split(':').map(Number);
  return row === undefined || column === undefined || Number.isNaN(row)
    ? undefined
    : { row, column };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
