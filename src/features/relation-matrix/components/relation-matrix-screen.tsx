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
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import type { CheckType } from '@/shared/contract/friend-check';
import { parseAccountList } from '@/shared/lib/account-list';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { relationQueries } from '../api/relation-queries';
import type { MatrixRequest } from '../api/run-matrix';
import { CELL, type CellCode, type RelationMatrix, uniqueAccounts } from '../build-matrix';
import { minimumSeconds, planChecks } from '../plan-checks';
import { CELL_COLORS, CELL_SYMBOLS, LEGEND_LABELS } from '../relation-words';
import { RelationGrid } from './relation-grid';

const TYPE_PARAM: Record<string, CheckType> = {
  both: 'CheckResult_Type_Both',
  single: 'CheckResult_Type_Single',
};

function splitAccounts(text: string): string[] {
  return uniqueAccounts(parseAccountList(text));
}

function formatSeconds(seconds: number): string {
  return seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(1)} s`;
}

export function RelationMatrixScreen() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [accountsText, setAccountsText] = useState(() =>
    (searchParams.get('accounts') ?? '').split(',').join('\n'),
  );
  const [checkType, setCheckType] = useState<CheckType>(
    () => TYPE_PARAM[searchParams.get('type') ?? 'both'] ?? 'CheckResult_Type_Both',
  );
  // A link with run=1 starts the (read-only) check on load.
  const [request, setRequest] = useState<MatrixRequest | undefined>(() => {
    const linked = splitAccounts(searchParams.get('accounts') ?? '');
    if (searchParams.get('run') !== '1' || linked.length < 2) return undefined;
    const type = TYPE_PARAM[searchParams.get('type') ?? 'both'] ?? 'CheckResult_Type_Both';
    return { rows: linked, columns: linked, checkType: type };
  });
  const [live, setLive] = useState<{ matrix: RelationMatrix; done: number; total: number }>();
  const accounts = useMemo(() => splitAccounts(accountsText), [accountsText]);
  const plannedCalls = useMemo(
    () => planChecks(accounts, accounts, checkType).length,
    [accounts, checkType],
  );
  const onProgress = useCallback(
    (matrix: RelationMatrix, done: number, total: number) => setLive({ matrix, done, total }),
    [],
  );
  const queryClient = useQueryClient();
  const matrixQuery = relationQueries.matrix(
    request ?? { rows: [], columns: [], checkType },
    onProgress,
  );
  const query = useQuery({ ...matrixQuery, enabled: request !== undefined });

  const run = useCallback(() => {
    if (accounts.length === 0) return;
    const next: MatrixRequest = { rows: accounts, columns: accounts, checkType };
    setSearchParams(
      {
        accounts: accounts.join(','),
        type: checkType === 'CheckResult_Type_Both' ? 'both' : 'single',
      },
      { replace: true },
    );
    setRequest(next);
    void queryClient.invalidateQueries({
      queryKey: relationQueries.matrix(next, onProgress).queryKey,
    });
  }, [accounts, checkType, onProgress, queryClient, setSearchParams]);

  const matrix = query.isFetching ? live?.matrix : (query.data ?? live?.matrix);
  const busy = query.isFetching;
  const counts = matrix?.counts();

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Relation matrix</Title>
        <Text c="dimmed" size="sm">
          Who is friends with whom, for a whole set of accounts, from v4/sns/friend_check.
        </Text>
      </div>
      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Textarea
            label="Accounts"
            description={`One account per line or separated by commas. ${accounts.length} unique account${accounts.length === 1 ? '' : 's'}.`}
            placeholder={'alice\nbob\ncarol'}
            autosize
            minRows={4}
            maxRows={10}
            value={accountsText}
            onChange={(event) => setAccountsText(event.currentTarget.value)}
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
              {accounts.length < 2
                ? 'Enter at least two accounts.'
                : `${plannedCalls} friend_check call${plannedCalls === 1 ? '' : 's'}, at least ${formatSeconds(minimumSeconds(plannedCalls))} at 200 calls/s.`}
            </Text>
            <Group>
              <Button onClick={run} disabled={accounts.length < 2} loading={busy}>
                Check relations
              </Button>
              {busy && (
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
        {busy && live && (
          <Progress
            mt="md"
            value={(live.done / Math.max(live.total, 1)) * 100}
            aria-label={`Calls done: ${live.done} of ${live.total}`}
          />
        )}
      </Paper>
      {query.isError && <FailureAlert {...describeFailure(query.error)} />}
      {matrix && counts && (
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Group gap="xs" aria-label="Legend">
              {(
                [
                  CELL.bothWay,
                  CELL.aWithB,
                  CELL.bWithA,
                  CELL.none,
                  CELL.failed,
                  CELL.self,
                ] as CellCode[]
              ).map((code) => (
                <Badge
                  key={code}
                  variant="outline"
                  color="gray"
                  tt="none"
                  leftSection={
                    <span
                      aria-hidden
                      style={{ background: CELL_COLORS[code], padding: '0 6px', borderRadius: 4 }}
                    >
                      {CELL_SYMBOLS[code]}
                    </span>
                  }
                >
                  {LEGEND_LABELS[code]}: {counts[code]}
                </Badge>
              ))}
            </Group>
            <RelationGrid matrix={matrix} checkType={matrix.checkType} busy={busy} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
