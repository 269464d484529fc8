import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';

import { FINISHED_STATUSES, type RunStatus, type RunSummary } from '@/shared/contract/runs';

export const RUN_STATUS_WORDS: Record<RunStatus, { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'gray' },
  running: { label: 'Running', color: 'blue' },
  done: { label: 'Done', color: 'green' },
  cancelled: { label: 'Cancelled', color: 'orange' },
  interrupted: { label: 'Interrupted', color: 'orange' },
  failed: { label: 'Failed', color: 'red' },
};

/** What a finished run's status means for its items, in one sentence. */
const ENDINGS: Partial<Record<RunStatus, string>> = {
  cancelled:
    'Cancelled: calls already sent were answered; the rest were not sent. Each row says which.',
  interrupted:
    'Interrupted: the console stopped mid-run. Nothing was re-sent; each row says whether it was done, not sent, or sent without an answer.',
};

/** A run's status, progress through its calls, and Cancel while it goes. */
export function RunStatusBar({
  summary,
  onCancel,
  cancelling,
}: {
  summary: RunSummary;
  onCancel?: () => void;
  cancelling?: boolean;
}) {
  const { counts, plan, status } = summary;
  const finished = FINISHED_STATUSES.has(status);
  const words = RUN_STATUS_WORDS[status];
  const total = Math.max(counts.calls || plan.calls, 1);
  return (
    <Stack gap={6} component="section" aria-label="Run status">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Badge color={words.color} variant="light" tt="none" data-run-status={status}>
            {words.label}
          </Badge>
          <Text size="sm" c="dimmed">
            Run <code>{summary.id}</code> by {summary.operator}, started{' '}
            {new Date(summary.startedAt ?? summary.createdAt).toLocaleString()}
          </Text>
        </Group>
        {!finished && onCancel && (
          <Button
            size="xs"
            variant="default"
            onClick={onCancel}
            loading={cancelling}
            data-testid="cancel-run"
          >
            Cancel
          </Button>
        )}
      </Group>
      {!finished && (
        <>
          <Progress
            value={(counts.callsDone / total) * 100}
            aria-label={`Calls done: ${counts.callsDone} of ${total}`}
            animated
          />
          <Text size="xs" c="dimmed">
            {counts.callsDone} of {total} calls done · {counts.done} of {counts.items} items
            answered. The run goes on at the server if you leave; History lists it.
          </Text>
        </>
      )}
      {ENDINGS[status] && (
        <Text size="sm" role="status">
          {ENDINGS[status]} {counts.done} done, {counts.not_sent} not sent, {counts.unknown}{' '}
          unknown.
        </Text>
      )}
      {status === 'failed' && summary.reason && (
        <Text size="sm" c="red" role="status">
          The run stopped: {summary.reason}
        </Text>
      )}
    </Stack>
  );
}
