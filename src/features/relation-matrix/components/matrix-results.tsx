import { Badge, Button, Group, Input, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';

import { downloadText } from '@/shared/ui/download';

import { CELL, type CellCode, type RelationMatrix } from '../build-matrix';
import { matrixToCsv } from '../matrix-csv';
import { CELL_COLORS, CELL_SYMBOLS, LEGEND_LABELS } from '../relation-words';
import { CellInspector } from './cell-inspector';
import { type GridPosition, RelationGrid } from './relation-grid';

const FILTERS = {
  all: undefined,
  oneWay: new Set<CellCode>([CELL.aWithB, CELL.bWithA]),
  failed: new Set<CellCode>([CELL.failed]),
  none: new Set<CellCode>([CELL.none]),
} satisfies Record<string, ReadonlySet<CellCode> | undefined>;
type Filter = keyof typeof FILTERS;

const LEGEND_ORDER: CellCode[] = [
  CELL.bothWay,
  CELL.aWithB,
  CELL.bWithA,
  CELL.none,
  CELL.failed,
  CELL.self,
];

/** The legend with running counts, the row filter, the grid and the selected cell. */
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
  const [filter, setFilter] = useState<Filter>('all');
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const [hovered, setHovered] = useState<GridPosition>();
  const counts = matrix.counts();
  const shownRows = useMemo(() => {
    const codes = FILTERS[filter];
    const all = matrix.rows.map((_, index) => index);
    return codes ? all.filter((row) => matrix.rowHas(row, codes)) : all;
  }, [matrix, filter, version]); // eslint-disable-line react-hooks/exhaustive-deps -- the matrix changes in place; version marks each change
  const inspected = hovered ?? active;
  const inspectedRow = shownRows[inspected.row];

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Group gap="xs" aria-label="Legend">
            {LEGEND_ORDER.map((code) => (
              <Badge
                key={code}
                variant="outline"
                color="gray"
                tt="none"
                size="lg"
                fw={500}
                leftSection={
                  <span
                    aria-hidden
                    style={{ background: CELL_COLORS[code], padding: '0 6px', borderRadius: 4 }}
                  >
                    {CELL_SYMBOLS[code]}
                  </span>
                }
              >
                {LEGEND_LABELS[code]}: {counts[code].toLocaleString()}
              </Badge>
            ))}
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={busy || counts[CELL.failed] === 0}
              onClick={() => onCheckAgain(matrix.rowsWithFailures())}
            >
              Check failures again
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => downloadText('relation-matrix.csv', matrixToCsv(matrix))}
            >
              Export CSV
            </Button>
          </Group>
        </Group>
        <Input.Wrapper label="Show rows with">
          <SegmentedControl
            mt={4}
            size="xs"
            value={filter}
            onChange={(value) => {
              setFilter(value as Filter);
              setActive({ row: 0, column: 0 });
            }}
            data={[
              { value: 'all', label: 'All' },
              { value: 'oneWay', label: 'One-way pairs' },
              { value: 'failed', label: 'Failures' },
              { value: 'none', label: 'No relation' },
            ]}
          />
        </Input.Wrapper>
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 300px', gap: 16 }}>
          {shownRows.length > 0 ? (
            <RelationGrid
              matrix={matrix}
              version={version}
              busy={busy}
              shownRows={shownRows}
              highlight={FILTERS[filter]}
              active={active}
              onActiveChange={setActive}
              onHover={setHovered}
            />
          ) : (
            <Text c="dimmed" role="status">
              No row matches this filter.
            </Text>
          )}
          {inspectedRow !== undefined ? (
            <CellInspector
              matrix={matrix}
              row={inspectedRow}
              column={inspected.column}
              busy={busy}
              onCheckAgain={(from) => onCheckAgain([from])}
            />
          ) : (
            <div />
          )}
        </div>
      </Stack>
    </Paper>
  );
}
