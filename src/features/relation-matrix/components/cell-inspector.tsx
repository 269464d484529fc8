import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { infoInWords } from '@/api/describe-failure';

import { CELL, type CellCode, type RelationMatrix } from '../build-matrix';
import { CELL_COLORS, CELL_SYMBOLS, LEGEND_LABELS, relationInWords } from '../relation-words';

/** Relations that "Make friends" can still improve. */
const NOT_BOTH_WAYS: ReadonlySet<CellCode> = new Set([CELL.none, CELL.aWithB, CELL.bWithA]);

export function addFriendsLink(from: string, to: readonly string[]): string {
  const params = new URLSearchParams({ from, to: to.join(','), type: 'both' });
  return `/add?${params.toString()}`;
}

/** "Make friends" opens Add friends prefilled (disabled with no one to add); "Check again" re-checks the row. */
function InspectorActions({
  from,
  to,
  makeFriendsLabel,
  busy,
  onCheckAgain,
}: {
  from: string;
  to: readonly string[];
  makeFriendsLabel: string;
  busy: boolean;
  onCheckAgain: (from: string) => void;
}) {
  return (
    <Group gap="xs">
      <Button size="xs" component={Link} to={addFriendsLink(from, to)} disabled={to.length === 0}>
        {makeFriendsLabel}
      </Button>
      <Button size="xs" variant="default" onClick={() => onCheckAgain(from)} disabled={busy}>
        Check again
      </Button>
    </Group>
  );
}

/** The cell (or row) under the pointer or the keyboard: its relation in words, and what to do. */
export function CellInspector({
  matrix,
  row,
  column,
  busy,
  onCheckAgain,
}: {
  matrix: RelationMatrix;
  row: number;
  /** −1 for the row as a whole. */
  column: number;
  busy: boolean;
  onCheckAgain: (from: string) => void;
}) {
  const from = matrix.rows[row] ?? '';
  if (column < 0) {
    const candidates = matrix.columns.filter((_, index) =>
      NOT_BOTH_WAYS.has(matrix.cell(row, index)),
    );
    return (
      <Paper withBorder p="md" aria-label="Selected row">
        <Stack gap="sm">
          <Text fw={600} ff="monospace">
            {from}
          </Text>
          <Text size="sm" c="dimmed">
            Row of From_Account {from}: {candidates.length} account
            {candidates.length === 1 ? ' is' : 's are'} not friends both ways.
          </Text>
          <InspectorActions
            from={from}
            to={candidates}
            makeFriendsLabel={`Make friends (${candidates.length})`}
            busy={busy}
            onCheckAgain={onCheckAgain}
          />
        </Stack>
      </Paper>
    );
  }

  const to = matrix.columns[column] ?? '';
  const code = matrix.cell(row, column);
  const failure = matrix.failure(row, column);
  return (
    <Paper withBorder p="md" aria-label="Selected cell">
      <Stack gap="sm">
        <Text fw={600} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {from} → {to}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Badge
            size="lg"
            variant="light"
            color="gray"
            tt="none"
            style={{ background: CELL_COLORS[code], color: 'var(--mantine-color-black)' }}
            leftSection={<span aria-hidden>{CELL_SYMBOLS[code]}</span>}
          >
            {LEGEND_LABELS[code]}
          </Badge>
        </Group>
        <Text size="sm">{relationInWords(code, from, to, matrix.checkType)}</Text>
        {failure ? (
          <Alert color="red" variant="light" p="xs" title={`ResultCode ${failure.code ?? '—'}`}>
            <Stack gap={4}>
              <Text size="xs" ff="monospace">
                {infoInWords(failure.code, failure.info)}
              </Text>
              <Text size="sm">{failure.meaning}</Text>
              {failure.nextStep && <Text size="sm">Next step: {failure.nextStep}</Text>}
            </Stack>
          </Alert>
        ) : (
          code !== CELL.pending &&
          code !== CELL.self && (
            <Text size="xs" c="dimmed">
              ResultCode 0 · friend_check answered for this pair.
            </Text>
          )
        )}
        {code !== CELL.self && (
          <InspectorActions
            from={from}
            to={code === CELL.bothWay ? [] : [to]}
            makeFriendsLabel="Make friends"
            busy={busy}
            onCheckAgain={onCheckAgain}
          />
        )}
      </Stack>
    </Paper>
  );
}
