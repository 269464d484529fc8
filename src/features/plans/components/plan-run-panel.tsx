import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { describeFailure } from '@/api/describe-failure';
import { useConfirmedWrite } from '@/api/use-confirmed-write';
import { FINISHED_STATUSES, type RunSummary } from '@/shared/contract/runs';
import { ConfirmWriteDialog } from '@/shared/ui/confirm-write-dialog';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { planQueries } from '../api/plan-queries';
import { usePlanUndoMutation } from '../api/use-plan-undo-mutation';
import { PlanChangesTable } from './plan-changes-table';

const succeeded = (summary: RunSummary) => summary.counts.byResultCode['0'] ?? 0;

/** A plan run as it goes: progress, in sync or what still differs, and its undo. */
export function PlanRunPanel({ runId }: { runId: string }) {
  const { t } = useTranslation('plans');
  const run = useQuery(planQueries.run(runId));
  const { confirm, pending } = useConfirmedWrite();
  const undo = usePlanUndoMutation(runId);
  const undoRun = useQuery(planQueries.run(undo.data?.id));

  const summary = run.data;
  if (run.isError) return <FailureAlert {...describeFailure(run.error)} />;
  if (!summary) return null;
  const finished = FINISHED_STATUSES.has(summary.status);
  const verification = summary.verification;
  const undone = undoRun.data && FINISHED_STATUSES.has(undoRun.data.status);

  const askUndo = () =>
    confirm(
      {
        api: 'plan',
        accounts: summary.counts.items,
        title: t('undo.title', { run: summary.id }),
        consequence: t('undo.consequence'),
        confirmLabel: t('undo.confirm'),
        // It deletes friendships and blocks, which a confirmation should always name.
        destructive: true,
      },
      () => undo.mutate(),
    );

  return (
    <Paper withBorder p="lg" aria-label={t('run.label')}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3}>{t('run.title')}</Title>
          <Text size="sm" ff="monospace">
            {summary.id}
          </Text>
          <Badge variant="light">{summary.status}</Badge>
          <Text size="sm" c="dimmed">
            {t('run.progress', {
              calls: summary.counts.callsDone,
              plannedCalls: summary.plan.calls,
              succeeded: succeeded(summary),
              items: summary.counts.items,
            })}
          </Text>
        </Group>
        {finished && verification?.in_sync && (
          <Alert color="green" variant="light" title={t('run.inSyncTitle')} role="status">
            {t('run.inSync')}
          </Alert>
        )}
        {finished && !verification?.in_sync && (
          <Alert color="orange" variant="light" title={t('run.notInSyncTitle')} role="status">
            {verification?.error
              ? t('run.readFailed', { error: verification.error })
              : summary.reason
                ? t('run.stopped', { reason: summary.reason })
                : verification
                  ? t('run.stillDiffer')
                  : t('run.endedEarly', { status: summary.status })}
          </Alert>
        )}
        {finished && verification && !verification.in_sync && (
          <PlanChangesTable changes={verification.remaining} label={t('changes.stillDifferent')} />
        )}
        {finished && summary.plan.calls > 0 && (
          <Group gap="sm">
            <Button
              variant="default"
              color="red"
              disabled={undo.isSuccess || summary.undoneBy !== null}
              loading={undo.isPending || (undo.isSuccess && !undone)}
              onClick={askUndo}
            >
              {t('undo.button')}
            </Button>
            {undoRun.data && (
              <Text size="sm" c="dimmed" data-testid="plan-undo-progress">
                {t('undo.progress', {
                  run: undoRun.data.id,
                  status: undoRun.data.status,
                  succeeded: succeeded(undoRun.data),
                  items: undoRun.data.counts.items,
                })}
              </Text>
            )}
          </Group>
        )}
        {undone && undoRun.data && (
          <Alert color="blue" variant="light" title={t('undo.runTitle')} role="status">
            {t('undo.done', { run: undoRun.data.id })}
          </Alert>
        )}
        {undo.isError && <FailureAlert {...describeFailure(undo.error)} />}
        {undoRun.isError && <FailureAlert {...describeFailure(undoRun.error)} />}
      </Stack>
      <ConfirmWriteDialog pending={pending} />
    </Paper>
  );
}
