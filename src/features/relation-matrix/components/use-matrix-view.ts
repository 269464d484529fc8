import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { BLOCK, type CellCode, type RelationMatrix } from '../build-matrix';
import { KIND_OF_CELL, type LegendKind } from '../relation-words';
import type { GridPosition } from './use-grid-keys';

/** The legend chips that filter, in the legend's order. */
export const FILTER_KINDS: readonly LegendKind[] = [
  'bothWay',
  'aWithB',
  'bWithA',
  'none',
  'blocked',
  'failed',
  'self',
];

/** The URL parameter that keeps the chosen kinds: `/matrix?run=…&show=blocked,failed`. */
export const SHOW_PARAM = 'show';

function kindsOf(params: URLSearchParams): ReadonlySet<LegendKind> {
  const named = (params.get(SHOW_PARAM) ?? '').split(',');
  return new Set(FILTER_KINDS.filter((kind) => named.includes(kind)));
}

/**
 * What the results show: the kinds chosen in the legend (kept in the URL), the selected cell
 * (clicked or reached by keyboard, which actions use) and the hovered one (a preview only).
 */
export function useMatrixView(matrix: RelationMatrix) {
  const [params, setParams] = useSearchParams();
  const kinds = kindsOf(params);
  const [selected, setSelected] = useState<GridPosition>({ row: 0, column: 0 });
  const [hovered, setHovered] = useState<GridPosition>();

  const toggle = (kind: LegendKind | undefined) => {
    const next = new Set(kind ? kinds : []);
    if (kind && !next.delete(kind)) next.add(kind);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next.size === 0) updated.delete(SHOW_PARAM);
        else updated.set(SHOW_PARAM, FILTER_KINDS.filter((k) => next.has(k)).join(','));
        return updated;
      },
      { replace: true },
    );
    setSelected({ row: 0, column: 0 });
    setHovered(undefined);
  };

  const codes = new Set<CellCode>();
  for (const [code, kind] of Object.entries(KIND_OF_CELL)) {
    if (kinds.has(kind)) codes.add(Number(code) as CellCode);
  }
  const blocked = kinds.has('blocked');
  const highlight =
    kinds.size === 0
      ? undefined
      : (row: number, column: number) =>
          codes.has(matrix.cell(row, column)) ||
          (blocked && matrix.block(row, column) !== BLOCK.none);
  const all = matrix.rows.map((_, index) => index);
  const shownRows =
    kinds.size === 0
      ? all
      : all.filter((row) => matrix.rowHas(row, codes) || (blocked && matrix.rowHasBlock(row)));

  return { kinds, toggle, shownRows, highlight, selected, setSelected, hovered, setHovered };
}
