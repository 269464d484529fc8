import {
  Alert,
  Badge,
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

import { describeFailure } from '@/api/describe-failure';
import { targetQuery } from '@/api/target-query';
import type { Plan } from '@/shared/contract/plan';
import { FINISHED_STATUSES } from '@/shared/contract/runs';
import { describePlanProblems, parsePlanText } from '@/shared/lib/plan-text';
import { downloadText } from '@/shared/ui/download';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { diffPlan, fetchRun, startPlanRun } from '../api/plan-requests';
import { PlanChangesTable } from './plan-changes-table';

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
 * Plans (`/plans`): paste or upload a plan, review what applying it would change, apply it as
 * one server-side run and see whether the accounts are in sync. A plan travels as a file or as
 * text; the screen never fetches one from a URL.
 */
export function PlansScreen() {
  const target = useQuery(targetQuery).data;
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
  const run = useQuery({
    queryKey: ['plans', 'run', runId],
    queryFn: ({ signal }) => fetchRun(runId ?? '', signal),
    enabled: runId !== undefined,
    refetchInterval: (query) =>
      query.state.data && FINISHED_STATUSES.has(query.state.data.status) ? false : 300,
  });

  const edit = (value: string) => {
    setText(value);
    diff.reset();
    apply.reset();
    setRunId(undefined);
  };
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

  const summary = run.data;
  const finished = summary && FINISHED_STATUSES.has(summary.status);
  const verification = summary?.verification;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Plans</Title>
        <Text c="dimmed" size="sm">
          Declare the friendships, blocks and settings a set of accounts should have; see what
          differs from the live state; apply the difference as one run, verified by reading again.
        </Text>
      </div>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Textarea
            label="Plan · JSON or YAML"
            description="Paste a plan or upload a file (schemas/plan.schema.json describes the format)."
            placeholder={EXAMPLE}
            autosize
            minRows={8}
            maxRows={20}
            ff="monospace"
            value={text}
            onChange={(event) => edit(event.currentTarget.value)}
            error={parsed && !parsed.ok ? 'The plan has problems; see below.' : undefined}
          />
          {parsed && !parsed.ok && (
            <Alert color="red" variant="light" title="This plan cannot be used" role="alert">
              <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
                {describePlanProblems(parsed.problems)}
              </Text>
            </Alert>
          )}
          <Group gap="sm">
            <FileButton onChange={(file) => void upload(file)} accept=".json,.yaml,.yml">
              {(props) => (
                <Button variant="default" {...props}>
                  Upload plan file
                </Button>
              )}
            </FileButton>
            <Button variant="default" onClick={() => edit(EXAMPLE)}>
              Start from an example
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
              Download plan
            </Button>
            <Button
              disabled={!plan}
              loading={diff.isPending}
              onClick={() => plan && diff.mutate(plan)}
            >
              Review changes
            </Button>
          </Group>
        </Stack>
      </Paper>

      {diff.isError && <FailureAlert {...describeFailure(diff.error)} />}
      {diff.data && (
        <Paper withBorder p="lg">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3}>Changes</Title>
              <Text size="sm" c="dimmed" data-testid="plan-diff-summary">
                {diff.data.total === 0
                  ? 'In sync: nothing to change.'
                  : `${diff.data.total} changes in ${diff.data.calls} calls, at least ${diff.data.floor_s} s at the rate limits`}
              </Text>
            </Group>
            <PlanChangesTable changes={diff.data.changes} label="Changes" />
            <Group>
              <Button
                color={target?.mode === 'tencent' ? 'orange' : undefined}
                disabled={!plan || diff.data.total === 0}
                loading={apply.isPending || (runId !== undefined && !finished)}
                onClick={() => (target?.mode === 'tencent' ? setConfirming(true) : start())}
              >
                Apply plan
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {apply.isError && <FailureAlert {...describeFailure(apply.error)} />}
      {run.isError && <FailureAlert {...describeFailure(run.error)} />}
      {summary && (
        <Paper withBorder p="lg" aria-label="Plan run">
          <Stack gap="sm">
            <Group gap="sm">
              <Title order={3}>Run</Title>
              <Text size="sm" ff="monospace">
                {summary.id}
              </Text>
              <Badge variant="light">{summary.status}</Badge>
              <Text size="sm" c="dimmed">
                {summary.counts.callsDone} of {summary.plan.calls} calls,{' '}
                {summary.counts.byResultCode['0'] ?? 0} of {summary.counts.items} items succeeded
              </Text>
            </Group>
            {finished && verification?.in_sync && (
              <Alert color="green" variant="light" title="In sync" role="status">
                Read again after the run: the accounts match the plan.
              </Alert>
            )}
            {finished && !verification?.in_sync && (
              <Alert color="orange" variant="light" title="Not in sync" role="status">
                {verification?.error
                  ? `Could not read the state again: ${verification.error}`
                  : summary.reason
                    ? `The run stopped: ${summary.reason}`
                    : verification
                      ? 'Read again after the run, these still differ. The History screen explains each failed item.'
                      : `The run ended ${summary.status} before all its calls were made.`}
              </Alert>
            )}
            {finished && verification && !verification.in_sync && (
              <PlanChangesTable changes={verification.remaining} label="Still different" />
            )}
          </Stack>
        </Paper>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Write to a real Tencent app?"
      >
        {target && diff.data && (
          <Stack gap="sm">
            <Text size="sm">
              This applies <b>{diff.data.total} changes</b> ({diff.data.calls} calls) in{' '}
              <b>SDKAppID {target.sdkAppId}</b>, region <b>{target.region}</b>. Real users will see
              these friendships and blocks.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Go back
              </Button>
              <Button color="orange" onClick={start}>
                Apply in SDKAppID {target.sdkAppId}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
