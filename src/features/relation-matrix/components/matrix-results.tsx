import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { downloadText } from '@/shared/ui/download';

import { matrixQueries } from '../api/matrix-queries';
import { CELL, type RelationMatrix } from '../build-matrix';
import { matrixToCsv } from '../matrix-csv';
import { cellInWords } from '../relation-words';
import { CellInspector } from './cell-inspector';
import { MatrixLegend } from './matrix-legend';
import { RelationGrid } from './relation-grid';
import { RowInspector } from './row-inspector';
import type { GridPosition } from './use-grid-keys';
import { useMatrixView } from './use-matrix-view';

/** The legend (which filters), the grid, and the inspector of the selected cell. */
export function MatrixResults({
  matrix,
  version,
  busy,
  onCheckAgain,
}: {
  matrix: RelationMatrix;
  /** Grows whenever cells change; the matrix itself changes in place. */
  version: number;
  busy: boolean;
  onCheckAgain: (rows: string[]) => void;
}) {
  const { t } = useTranslation('relationMatrix');
  const view = useMatrixView(matrix);
  const forbidden = useQuery(matrixQueries.forbidden(matrix.rows)).data ?? new Set<string>();
  const selectedRow = view.shownRows[view.selected.row];
  const inspectorProps = {
    matrix,
    forbidden,
    busy,
    onCheckAgain: (from: string) => onCheckAgain([from]),
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="nowrap">
          <MatrixLegend matrix={matrix} kinds={view.kinds} onToggle={view.toggle} />
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              disabled={busy || matrix.counts()[CELL.failed] === 0}
              onClick={() => onCheckAgain(matrix.rowsWithFailures())}
            >
              {t('results.checkFailures')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => downloadText('relation-matrix.csv', matrixToCsv(matrix))}
            >
              {t('results.exportCsv')}
            </Button>
          </Group>
        </Group>
        {/* The grid as wide as its columns (up to the space there is), the inspector beside it. */}
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(0, auto) 300px',
            justifyContent: 'start',
            gap: 16,
          }}
        >
          {view.shownRows.length > 0 ? (
            <RelationGrid
              matrix={matrix}
              version={version}
              busy={busy}
              shownRows={view.shownRows}
              highlight={view.highlight}
              forbidden={forbidden}
              selected={view.selected}
              onSelect={view.setSelected}
              onHover={view.setHovered}
            />
          ) : (
            <Text c="dimmed" role="status">
              {t('legend.noRows')}
            </Text>
          )}
          <Stack gap="xs">
            <HoverPreview matrix={matrix} shownRows={view.shownRows} hovered={view.hovered} />
            {selectedRow !== undefined &&
              (view.selected.column < 0 ? (
                <RowInspector {...inspectorProps} row={selectedRow} column={-1} />
              ) : (
                <CellInspector
                  {...inspectorProps}
                  row={selectedRow}
                  column={view.selected.column}
                />
              ))}
          </Stack>
        </div>
      </Stack>
    </Paper>
  );
}

/** The cell under the pointer, in one line: a preview that never changes the selection. */
function HoverPreview({
  matrix,
  shownRows,
  hovered,
}: {
  matrix: RelationMatrix;
  shownRows: readonly number[];
  hovered: GridPosition | undefined;
}) {
  const { t } = useTranslation('relationMatrix');
  const row = hovered ? shownRows[hovered.row] : undefined;
  const from = row === undefined ? undefined : matrix.rows[row];
  const to = hovered && hovered.column >= 0 ? matrix.columns[hovered.column] : undefined;
  const words =
    row !== undefined && from !== undefined && to !== undefined && hovered
      ? t('grid.cell', {
          from,
          to,
          words: cellInWords(
            matrix.cell(row, hovered.column),
            matrix.block(row, hovered.column),
            from,
            to,
            matrix.checkType,
          ),
        })
      : '';
  return (
    <Text size="xs" c="dimmed" mih={18} data-testid="matrix-hover-preview" aria-hidden>
      {words && t('inspector.preview', { words })}
    </Text>
  );
}
