import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { historyCsvUrl } from '@/api/runs/runs-client';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { historyQueries } from '../api/history-queries';
import { filtersFromParams, filtersToParams, toApiFilters } from '../history-filters';
import { HistoryFilterForm } from './history-filter-form';
import { HistoryTable } from './history-table';

/** Who changed what, and when: every run and single write call, newest first. */
export function HistoryScreen() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // One object per URL: the form resets to it only when the URL's filters change.
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(search)), [search]);
  const apiFilters = toApiFilters(filters);
  const history = useInfiniteQuery(historyQueries.list(apiFilters));
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={2}>History</Title>
        <Text c="dimmed" size="sm">
          Runs and single write calls, newest first. Filter by account to see everything done to it;
          a run opens where it was made.
        </Text>
      </div>
      <HistoryFilterForm
        values={filters}
        onApply={(values) => setSearchParams(filtersToParams(values))}
      />
      {history.isError && <FailureAlert {...describeFailure(history.error)} />}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" role="status">
              {history.isPending
                ? 'Loading…'
                : `${entries.length}${history.hasNextPage ? '+' : ''} entr${entries.length === 1 ? 'y' : 'ies'}`}
            </Text>
            <Button
              size="xs"
              variant="default"
              component="a"
              href={historyCsvUrl(apiFilters)}
              download="history.csv"
            >
              Export CSV
            </Button>
          </Group>
          {entries.length > 0 && <HistoryTable entries={entries} />}
          {history.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void history.fetchNextPage()}
              loading={history.isFetchingNextPage}
            >
              Show older
            </Button>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
