import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';

import { describeCallFailure, describeFailure } from '@/api/describe-failure';
import { RUN_ITEMS } from '@/api/runs/run-sources';
import { runItemsCsvUrl } from '@/api/runs/runs-client';
import { useRun } from '@/api/runs/use-run';
import { useRunCancelMutation } from '@/api/runs/use-run-cancel-mutation';
import type { RunItem } from '@/shared/contract/runs';
import { explainError, useFormat } from '@/shared/i18n';
import { addRunPath, historyPath, matrixRunPath, runDetailPath } from '@/shared/lib/links';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { RunStatusBar } from '@/shared/ui/run-status';

/** Each item state's colour; its words are `history:itemState.<state>`. */
const STATE_COLORS = { done: 'green', not_sent: 'gray', unknown: 'orange' } as const;

function useOutcome() {
  const { t } = useTranslation(['history', 'common']);
  return (item: RunItem): string => {
    if (item.state !== 'done') return '';
    if (item.failure) return describeCallFailure(item.failure).title;
    if (item.ResultCode === 0) return item.undone ? t('run.succeededUndone') : t('run.succeeded');
    return `${item.ResultCode}: ${explainError(item.ResultCode ?? -1).meaning}`;
  };
}

/** A done item whose call or ResultCode failed: its outcome reads in red. */
const failed = (item: RunItem) =>
  item.state === 'done' && (item.failure !== null || item.ResultCode !== 0);

/** Any run by its id: status, items and CSV; for kinds without a screen of their own. */
export function RunDetailScreen() {
  const { t } = useTranslation(['history', 'common']);
  const format = useFormat();
  const outcome = useOutcome();
  const { id } = useParams();
  const run = useRun(id, RUN_ITEMS);
  const cancel = useRunCancelMutation();
  const { summary } = run;
  // Runs with a screen of their own open there, so a link to /runs/<id> always works.
  if (summary?.kind === 'relation_matrix')
    return <Navigate to={matrixRunPath(summary.id)} replace />;
  if (summary?.kind === 'friend_add') return <Navigate to={addRunPath(summary.id)} replace />;
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>
          {t('common:screens.run')} {summary ? `· ${summary.kind}` : ''}
        </Title>
        <Text c="dimmed" size="sm">
          {t('run.intro')}{' '}
          {/* Underlined: a link inside a sentence is not told apart by colour alone. */}
          <Anchor component={Link} to={historyPath({})} size="sm" underline="always">
            {t('run.back')}
          </Anchor>
        </Text>
      </div>
      {run.error !== undefined && <FailureAlert {...describeFailure(run.error)} />}
      {summary && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <RunStatusBar
              summary={summary}
              onCancel={() => cancel.mutate(summary.id)}
              cancelling={cancel.isPending}
            />
            <Group gap="xs">
              {summary.From_Account && <Text size="sm">From_Account {summary.From_Account}</Text>}
              {summary.parent && (
                <Text size="sm">
                  {t('run.actsOn')}{' '}
                  <Anchor component={Link} to={runDetailPath(summary.parent)}>
                    {summary.parent}
                  </Anchor>
                </Text>
              )}
              <Button
                size="xs"
                variant="default"
                component="a"
                href={runItemsCsvUrl(summary.id, format.exportQuery)}
                download={`run-${summary.id}.csv`}
                data-testid="export-csv"
              >
                {t('common:exportCsv.button')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {run.items.length > 0 && (
        <Table striped verticalSpacing="xs" aria-label={t('run.items')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>To_Account</Table.Th>
              <Table.Th w={220}>{t('run.state')}</Table.Th>
              <Table.Th>{t('table.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.items.map((item) => (
              <Table.Tr key={item.index} data-state={item.state}>
                <Table.Td ff="monospace">{item.To_Account}</Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLORS[item.state]} variant="light" tt="none">
                    {t(`itemState.${item.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={failed(item) ? 'var(--mantine-color-red-light-color)' : undefined}
                  >
                    {outcome(item)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
