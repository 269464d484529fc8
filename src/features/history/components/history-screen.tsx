import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { historyCsvUrl } from '@/api/runs/runs-client';
import { useFormat } from '@/shared/i18n';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { ScreenHeader } from '@/shared/ui/screen-header';

import { historyQueries } from '../api/history-queries';
import { filtersFromParams, toApiFilters, withFilters } from '../history-filters';
import { HistoryFilterForm } from './history-filter-form';
import { HistoryTable } from './history-table';

/** Who changed what, and when: every run and single write call, newest first. */
export function HistoryScreen() {
  const { t } = useTranslation(['history', 'common']);
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // One object per URL: the form resets to it only when the URL's filters change.
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(search)), [search]);
  const apiFilters = toApiFilters(filters);
  const history = useInfiniteQuery(historyQueries.list(apiFilters));
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Stack gap="lg" maw={1400}>
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <HistoryFilterForm
        values={filters}
        onApply={(values) => setSearchParams((current) => withFilters(current, values))}
      />
      {history.isError && <FailureAlert {...describeFailure(history.error)} />}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" role="status">
              {history.isPending
                ? t('loading')
                : history.hasNextPage
                  ? t('entriesMore', { count: entries.length })
                  : t('entries', { count: entries.length })}
            </Text>
            <Button
              size="xs"
              variant="default"
              component="a"
              href={historyCsvUrl(apiFilters, format.exportQuery)}
              download="history.csv"
              data-testid="export-csv"
            >
              {t('common:exportCsv.button')}
            </Button>
          </Group>
          {entries.length > 0 && <HistoryTable entries={entries} />}
          {history.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void history.fetchNextPage()}
              loading={history.isFetchingNextPage}
            >
              {t('showOlder')}
            </Button>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
