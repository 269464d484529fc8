import { Paper, Stack } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { matrixRunPath } from '@/shared/lib/links';
import { SaveAsPlanLink } from '@/shared/ui/save-as-plan-link';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { LeaveRunGuard } from '@/shared/ui/leave-run-guard';
import { RunStatusBar } from '@/shared/ui/run-status';
import { ScreenHeader } from '@/shared/ui/screen-header';

import { useMatrixRun } from '../api/use-matrix-run';
import { inputFromLink, type MatrixInput } from '../matrix-input';
import { MatrixInputs } from './matrix-inputs';
import { MatrixResults } from './matrix-results';

export function RelationMatrixScreen() {
  const { t } = useTranslation('relationMatrix');
  const [searchParams] = useSearchParams();
  const run = useMatrixRun();
  const { summary, matrix } = run;
  // The inputs show what the run checked; without a run, what the link asks for.
  const stored = run.input;
  const initial = useMemo(() => stored ?? inputFromLink(searchParams), [stored, searchParams]);
  const { run: startRun } = run.start;
  const onRun = useCallback((input: MatrixInput) => startRun(input), [startRun]);
  const busy = run.running || run.recheck.pending;
  const error = run.error ?? run.start.error ?? run.recheck.error;

  return (
    <Stack gap="sm" maw={1600}>
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <MatrixInputs
        key={summary?.id ?? 'new'}
        initial={initial}
        onRun={onRun}
        busy={run.start.pending || run.running}
        startCollapsed={summary !== undefined}
      />
      {summary && (
        <Paper withBorder px="md" py="xs">
          <RunStatusBar
            summary={summary}
            onCancel={run.cancel.send}
            cancelling={run.cancel.pending}
          />
        </Paper>
      )}
      {error !== undefined && error !== null && <FailureAlert {...describeFailure(error)} />}
      {matrix && (
        <MatrixResults
          matrix={matrix}
          version={run.version}
          busy={busy}
          onCheckAgain={run.recheck.send}
        />
      )}
      <SaveAsPlanLink matrixRunId={run.running ? undefined : run.runId} />
      <LeaveRunGuard
        running={run.running}
        runPath={run.runId ? matrixRunPath(run.runId) : '/matrix'}
      />
    </Stack>
  );
}
