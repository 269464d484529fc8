import {
  Alert,
  Button,
  FileButton,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { targetQuery } from '@/api/target-query';
import type { Plan } from '@/shared/contract/plan';
import { FINISHED_STATUSES } from '@/shared/contract/runs';
import { describePlanProblems, parsePlanText } from '@/shared/lib/plan-text';
import { downloadText } from '@/shared/ui/download';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { diffPlan, fetchMatrixRunPlan, startPlanRun } from '../api/plan-requests';
import { PlanChangesTable } from './plan-changes-table';
import { PlanPicture } from './plan-picture';
import { PlanRunPanel, useFollowedRun } from './plan-run-panel';

const EXAMPLE = `# A plan: the friendships, blocks and settings these accounts should have.
mode: additive        # or exact: also remove what is not listed, among these accounts
ForceAddFlags: 1
accounts:
  - { UserID: qa1, AllowType: AllowType_Type_AllowAny }
  - qa2
  - qa3
friends:
  - [qa1, qa2]
  - [qa1, qa3, { direction: a-to-b, a: { Remark: three, GroupName: QA } }]
blocks:
  - [qa3, qa2]
`;

/**
 * Plans (`/plans`): paste or upload a plan, or save a matrix run as one (`?run=`), review what
 * applying it would change (a table and a picture), apply it as one server-side run, see
 * whether the accounts are in sync, and undo it. A plan travels as a file or as text; the
 * screen never fetches one from a URL.
 */
export function PlansScreen() {
  const { t } = useTranslation('plans');
  const target = useQuery(targetQuery).data;
  const [searchParams] = useSearchParams();
  const matrixRun = searchParams.get('run') ?? undefined;
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('plan.yaml');
  const [confirming, setConfirming] = useState(false);
  const [runId, setRunId] = useState<string>();

  const parsed = text.trim() === '' ? undefined : parsePlanText(text);
  const plan = parsed?.ok ? parsed.plan : undefined;

  const diff = useMutation({ mutationFn: (plan: Plan) => diffPlan(plan) });
  const apply = useMutation({
    mutationFn: startPlanRun,
    onSuccess: (accepted) => setRunId(accepted.id),
  });
  const applied = useFollowedRun(runId).data;
  const applying = runId !== undefined && !(applied && FINISHED_STATUSES.has(applied.status));
  const saved = useQuery({
    queryKey: ['plans', 'from-run', matrixRun],
    queryFn: ({ signal }) => fetchMatrixRunPlan(matrixRun ?? '', signal),
    enabled: matrixRun !== undefined,
    staleTime: Infinity,
  });

  const edit = (value: string) => {
    setText(value);
    diff.reset();
    apply.reset();
    setRunId(undefined);
  };
  // A matrix run saved as a plan fills the editor once; later edits are the operator's.
  const [filledFrom, setFilledFrom] = useState<string>();
  if (saved.data && matrixRun && filledFrom !== matrixRun) {
    setFilledFrom(matrixRun);
    setFileName(`matrix-${matrixRun}.json`);
    setText(`${JSON.stringify(saved.data, null, 2)}\n`);
  }
  const upload = async (file: File | null) => {
    if (!file) return;
    setFileName(file.name);
    edit(await file.text());
  };
  const start = () => {
    if (!plan) return;
    setConfirming(false);
    setRunId(undefined);
    apply.mutate(plan);
  };

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm">
          {t('intro')}
        </Text>
      </div>
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
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Textarea
            label={t('editor.label')}
            description={t('editor.description')}
            placeholder={EXAMPLE}
            autosize
            minRows={8}
            maxRows={20}
            // The plan in monospace; the label and description stay in the page's font.
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={text}
            onChange={(event) => edit(event.currentTarget.value)}
            error={parsed && !parsed.ok ? t('editor.hasProblems') : undefined}
          />
          {parsed && !parsed.ok && (
            <Alert color="red" variant="light" title={t('editor.problemsTitle')} role="alert">
              <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
                {describePlanProblems(parsed.problems)}
              </Text>
            </Alert>
          )}
          <Group gap="sm">
            <FileButton onChange={(file) => void upload(file)} accept=".json,.yaml,.yml">
              {(props) => (
                <Button variant="default" {...props}>
                  {t('editor.upload')}
                </Button>
              )}
            </FileButton>
            <Button variant="default" onClick={() => edit(EXAMPLE)}>
              {t('editor.example')}
            </Button>
            <Button
              variant="default"
              disabled={!text.trim()}
              onClick={() =>
                downloadText(
                  fileName,
                  text,
                  fileName.endsWith('.json') ? 'application/json' : 'application/yaml',
                )
              }
            >
              {t('editor.download')}
            </Button>
            <Button
              disabled={!plan}
              loading={diff.isPending}
              onClick={() => plan && diff.mutate(plan)}
            >
              {t('editor.review')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {diff.isError && <FailureAlert {...describeFailure(diff.error)} />}
      {diff.data && (
        <Paper withBorder p="lg">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3}>{t('changes.title')}</Title>
              <Text size="sm" c="dimmed" data-testid="plan-diff-summary">
                {diff.data.total === 0
                  ? t('changes.inSync')
                  : t('changes.summary', {
                      count: diff.data.total,
                      calls: diff.data.calls,
                      seconds: diff.data.floor_s,
                    })}
              </Text>
            </Group>
            <PlanChangesTable changes={diff.data.changes} label={t('changes.title')} />
            {plan && (
              <>
                <Title order={4}>{t('picture.title')}</Title>
                <PlanPicture plan={plan} changes={diff.data.changes} />
              </>
            )}
            <Group>
              <Button
                color={target?.mode === 'tencent' ? 'orange' : undefined}
                disabled={!plan || diff.data.total === 0}
                loading={apply.isPending || applying}
                onClick={() => (target?.mode === 'tencent' ? setConfirming(true) : start())}
              >
                {t('changes.apply')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {apply.isError && <FailureAlert {...describeFailure(apply.error)} />}
      {runId && <PlanRunPanel runId={runId} />}

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('confirm.title')}>
        {target && diff.data && (
          <Stack gap="sm">
            <Text size="sm">
              <Trans
                t={t}
                i18nKey="confirm.body"
                count={diff.data.total}
                values={{
                  calls: diff.data.calls,
                  sdkAppId: target.sdkAppId,
                  region: target.region,
                }}
                components={{ b: <b /> }}
              />
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('confirm.back')}
              </Button>
              <Button color="orange" onClick={start}>
                {t('confirm.apply', { sdkAppId: target.sdkAppId })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
