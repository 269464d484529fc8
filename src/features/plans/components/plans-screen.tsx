import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { readPlansLink } from '@/shared/lib/links';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { ScreenHeader } from '@/shared/ui/screen-header';

import { usePlanSession } from '../use-plan-session';
import { PlanDiffPanel } from './plan-diff-panel';
import { PlanEditor } from './plan-editor';
import { PlanRunPanel } from './plan-run-panel';

/**
 * Plans (`/plans`): paste or upload a plan, or save a matrix run as one (`?run=`), review what
 * applying it would change (a table and a picture), apply it as one server-side run, see
 * whether the accounts are in sync, and undo it. A plan travels as a file or as text; the
 * screen never fetches one from a URL.
 */
export function PlansScreen() {
  const { t } = useTranslation('plans');
  const [searchParams] = useSearchParams();
  const matrixRun = readPlansLink(searchParams).run;
  const session = usePlanSession(matrixRun);
  const { saved, review, apply } = session;
  const diff = review.diff;

  return (
    <Stack gap="lg" maw={1200}>
      <ScreenHeader title={t('title')} intro={t('intro')} />
      {matrixRun && saved.isPending && (
        <Text size="sm" c="dimmed">
          {t('fromRun.loading', { run: matrixRun })}
        </Text>
      )}
      {saved.isError && <FailureAlert {...describeFailure(saved.error)} />}
      {matrixRun && saved.data && (
        <Alert variant="light" color="blue" title={t('fromRun.title')} data-testid="plan-from-run">
          {t('fromRun.loaded', { run: matrixRun })}
        </Alert>
      )}
      <PlanEditor editor={session.editor} review={review} />
      {diff.isError && <FailureAlert {...describeFailure(diff.error)} />}
      {diff.data && <PlanDiffPanel diff={diff.data} plan={session.editor.plan} apply={apply} />}
      {apply.error && <FailureAlert {...describeFailure(apply.error)} />}
      {apply.runId && <PlanRunPanel runId={apply.runId} />}
    </Stack>
  );
}
