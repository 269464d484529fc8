import {
  Badge,
  Button,
  Group,
  Input,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import type { CheckType } from '@/shared/contract/friend-check';
import { parseAccountList } from '@/shared/lib/account-list';
import { downloadText } from '@/shared/ui/download';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { frameThrottle } from '@/shared/ui/frame-throttle';

import { relationQueries } from '../api/relation-queries';
import { type MatrixRequest, recheckRows } from '../api/run-matrix';
import { CELL, type CellCode, type RelationMatrix, uniqueAccounts } from '../build-matrix';
import { matrixToCsv } from '../matrix-csv';
import { minimumSeconds, planChecks } from '@/shared/lib/plan-checks';
import { CELL_COLORS, CELL_SYMBOLS, LEGEND_LABELS } from '../relation-words';
import { CellInspector } from './cell-inspector';
import { type GridPosition, RelationGrid } from './relation-grid';

const TYPE_PARAM: Record<string, CheckType> = {
  both: 'CheckResult_Type_Both',
  single: 'CheckResult_Type_Single',
};

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

function splitAccounts(text: string): string[] {
  return uniqueAccounts(parseAccountList(text));
}

function formatSeconds(seconds: number): string {
  return seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(1)} s`;
}

function requestFromLink(params: URLSearchParams): MatrixRequest | undefined {
  const rows = splitAccounts(params.get('accounts') ?? '');
  const columns = splitAccounts(params.get('columns') ?? '');
  if (params.get('run') !== '1' || rows.length === 0) return undefined;
  const checkType = TYPE_PARAM[params.get('type') ?? 'both'] ?? 'CheckResult_Type_Both';
  return { rows, columns: columns.length > 0 ? columns : rows, checkType };
}

interface Progressing {
  matrix: RelationMatrix;
  done: number;
  total: number;
  version: number;
}

export function RelationMatrixScreen() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [accountsText, setAccountsText] = useState(() =>
    (searchParams.get('accounts') ?? '').split(',').join('\n'),
  );
  const [columnsText, setColumnsText] = useState(() =>
    (searchParams.get('columns') ?? '').split(',').join('\n'),
  );
  const [checkType, setCheckType] = useState<CheckType>(
    () => TYPE_PARAM[searchParams.get('type') ?? 'both'] ?? 'CheckResult_Type_Both',
  );
  // A link with run=1 starts the (read-only) check on load.
  const [request, setRequest] = useState(() => requestFromLink(searchParams));
  const [progress, setProgress] = useState<Progressing>();
  const [filter, setFilter] = useState<Filter>('all');
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const [hovered, setHovered] = useState<GridPosition>();

  const rows = useMemo(() => splitAccounts(accountsText), [accountsText]);
  const columnsInput = useMemo(() => splitAccounts(columnsText), [columnsText]);
  const columns = columnsInput.length > 0 ? columnsInput : rows;
  const plannedCalls = useMemo(
    () => planChecks(rows, columns, checkType).length,
    [rows, columns, checkType],
  );

  const [onProgress] = useState(() =>
    frameThrottle(({ matrix, done, total }: Omit<Progressing, 'version'>) =>
      setProgress((previous) => ({ matrix, done, total, version: (previous?.version ?? 0) + 1 })),
    ),
  );

  const queryClient = useQueryClient();
  const matrixQuery = relationQueries.matrix(
    request ?? { rows: [], columns: [], checkType },
    onProgress,
  );
  const query = useQuery({ ...matrixQuery, enabled: request !== undefined });
  const recheck = useMutation({
    mutationFn: ({ matrix, from }: { matrix: RelationMatrix; from: string[] }) =>
      recheckRows(matrix, from, { onProgress }),
  });

  const run = useCallback(() => {
    if (rows.length === 0 || plannedCalls === 0) return;
    const next: MatrixRequest = { rows, columns, checkType };
    setSearchParams(
      {
        accounts: rows.join(','),
        ...(columnsInput.length > 0 ? { columns: columnsInput.join(',') } : {}),
        type: checkType === 'CheckResult_Type_Both' ? 'both' : 'single',
      },
      { replace: true },
    );
    setActive({ row: 0, column: 0 });
    setFilter('all');
    setRequest(next);
    void queryClient.invalidateQueries({
      queryKey: relationQueries.matrix(next, onProgress).queryKey,
    });
  }, [
    rows,
    columns,
    columnsInput,
    checkType,
    plannedCalls,
    onProgress,
    queryClient,
    setSearchParams,
  ]);

  const matrix = query.isFetching ? progress?.matrix : (query.data ?? progress?.matrix);
  const busy = query.isFetching || recheck.isPending;
  const version = progress?.version ?? 0;
  const counts = useMemo(() => matrix?.counts(), [matrix, version]); // eslint-disable-line react-hooks/exhaustive-deps -- the matrix mutates in place; version marks each change
  const shownRows = useMemo(() => {
    if (!matrix) return [];
    const codes = FILTERS[filter];
    const all = matrix.rows.map((_, index) => index);
    return codes ? all.filter((row) => matrix.rowHas(row, codes)) : all;
  }, [matrix, filter, version]); // eslint-disable-line react-hooks/exhaustive-deps -- as above
  const inspected = hovered ?? active;
  const inspectedRow = shownRows[inspected.row];

  const checkAgain = (from: string[]) => {
    if (matrix && from.length > 0) recheck.mutate({ matrix, from });
  };

  return (
    <Stack gap="lg" maw={1600}>
      <div>
        <Title order={2}>Relation matrix</Title>
        <Text c="dimmed" size="sm">
          Who is friends with whom, for a whole set of accounts, from v4/sns/friend_check.
        </Text>
      </div>
      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
          <Textarea
            label="Accounts"
            description={`Rows (From_Account), one per line or separated by commas. ${rows.length} unique.`}
            placeholder={'alice\nbob\ncarol'}
            autosize
            minRows={4}
            maxRows={8}
            value={accountsText}
            onChange={(event) => setAccountsText(event.currentTarget.value)}
          />
          <Textarea
            label="Columns (optional)"
            description={
              columnsInput.length > 0
                ? `Columns (To_Account): ${columnsInput.length} unique.`
                : 'Columns (To_Account); empty uses the same accounts as the rows.'
            }
            placeholder="same as rows"
            autosize
            minRows={4}
            maxRows={8}
            value={columnsText}
            onChange={(event) => setColumnsText(event.currentTarget.value)}
          />
          <Stack gap="md">
            <Input.Wrapper
              label="Check type · CheckType"
              description="Both directions also shows who lists whom back; one direction reads only each row's list."
            >
              <SegmentedControl
                mt={6}
                fullWidth
                value={checkType}
                onChange={(value) => setCheckType(value as CheckType)}
                data={[
                  { value: 'CheckResult_Type_Both', label: 'Both directions' },
                  { value: 'CheckResult_Type_Single', label: 'One direction' },
                ]}
              />
            </Input.Wrapper>
            <Text size="sm" aria-label="Cost">
              {plannedCalls === 0
                ? 'Enter at least two accounts.'
                : `${rows.length} × ${columns.length}: ${plannedCalls} friend_check call${plannedCalls === 1 ? '' : 's'}, at least ${formatSeconds(minimumSeconds(plannedCalls))} at 200 calls/s.`}
            </Text>
            <Group>
              <Button onClick={run} disabled={plannedCalls === 0} loading={query.isFetching}>
                Check relations
              </Button>
              {query.isFetching && (
                <Button
                  variant="default"
                  onClick={() => void queryClient.cancelQueries({ queryKey: matrixQuery.queryKey })}
                >
                  Cancel
                </Button>
              )}
            </Group>
          </Stack>
        </SimpleGrid>
        {busy && progress && (
          <Stack gap={4} mt="md">
            <Progress
              value={(progress.done / Math.max(progress.total, 1)) * 100}
              aria-label={`Calls done: ${progress.done} of ${progress.total}`}
            />
            <Text size="xs" c="dimmed">
              {progress.done} of {progress.total} calls answered
            </Text>
          </Stack>
        )}
      </Paper>
      {query.isError && <FailureAlert {...describeFailure(query.error)} />}
      {matrix && counts && (
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
                  onClick={() => checkAgain(matrix.rowsWithFailures())}
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
            {recheck.isError && <FailureAlert {...describeFailure(recheck.error)} />}
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
                  onCheckAgain={(from) => checkAgain([from])}
                />
              ) : (
                <div />
              )}
            </div>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
