import { Anchor, Badge, Group, Paper, Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { RunItem } from '@/shared/contract/runs';
import { matrixCheckPath } from '@/shared/lib/links';
import { downloadCsv } from '@/shared/ui/download';
import { ExportCsvButton } from '@/shared/ui/export-csv-button';
import { LiveRegion, ResultHeading } from '@/shared/ui/live-region';

import type { AddStatus, ClassifiedResult } from '../classify-result';
import { groupResults } from '../result-groups';
import { RESULTS_CSV_HEADERS, resultsCsvRows } from '../results-csv';
import type { ActionContext } from './next-action';
import { ResultGroupsList } from './result-groups-list';
import { ResultsTable } from './results-table';
import { STATUS_COLORS, statusLabel, STATUSES } from './status-words';

/** "Added: 3, Failed: 1", as the counts read and as the live region announces them. */
function countsInWords(counts: Map<AddStatus, number>, t: TFunction<'friendAdd'>): string {
  return STATUSES.filter((status) => counts.has(status))
    .map((status) =>
      t('results.count', { status: t(`status.${status}`), accounts: counts.get(status) ?? 0 }),
    )
    .join(t('results.separator'));
}

/** Each account's result in the run, grouped by ResultCode, with what can be done next. */
export function FriendAddResults({
  runId,
  finished,
  request,
  items,
  results,
  context,
  actions,
}: {
  runId: string;
  /** The run has ended: the heading takes focus and the counts are announced. */
  finished: boolean;
  request: Record<string, unknown>;
  items: readonly RunItem[];
  results: ClassifiedResult[];
  context: ActionContext;
  /** Retry, undo and check buttons, owned by the run panel. */
  actions: ReactNode;
}) {
  const { t, i18n } = useTranslation('friendAdd');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(
    () => groupResults(results),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- groupResults reads the language
    [results, i18n.resolvedLanguage],
  );
  const counts = new Map<AddStatus, number>();
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const shown = groups.filter((group) => !hidden.has(group.key)).flatMap((group) => group.results);
  const toggle = (key: string) =>
    setHidden((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const exportCsv = () =>
    downloadCsv(
      `friend-add-${runId}`,
      RESULTS_CSV_HEADERS,
      resultsCsvRows(context.from, request, items, results, (r) => statusLabel(r.status)),
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="friend-add-results-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <ResultHeading
            id="friend-add-results-heading"
            order={2}
            size="h4"
            focusKey={finished ? runId : undefined}
          >
            {t('results.heading')}
          </ResultHeading>
          <Group gap="xs" aria-label={t('results.counts')}>
            {STATUSES.filter((status) => counts.has(status)).map((status) => (
              <Badge key={status} color={STATUS_COLORS[status]} variant="light" tt="none">
                {t('results.count', {
                  status: t(`status.${status}`),
                  accounts: counts.get(status) ?? 0,
                })}
              </Badge>
            ))}
          </Group>
        </Group>
        <LiveRegion label={t('results.live')}>
          {finished ? t('results.finished', { counts: countsInWords(counts, t) }) : ''}
        </LiveRegion>
        <Group justify="space-between">
          <Group gap="xs">{actions}</Group>
          <Group gap="xs">
            <ExportCsvButton of={t('results.csvOf')} rows={results.length} onExport={exportCsv} />
            <Anchor
              component={Link}
              to={matrixCheckPath([context.from, ...results.map((result) => result.account)])}
              size="sm"
            >
              {t('results.checkRelations')}
            </Anchor>
          </Group>
        </Group>
        <ResultGroupsList groups={groups} hidden={hidden} onToggle={toggle} context={context} />
        <ResultsTable results={shown} context={context} />
      </Stack>
    </Paper>
  );
}
