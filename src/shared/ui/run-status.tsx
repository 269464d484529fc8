import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { FINISHED_STATUSES, type RunStatus, type RunSummary } from '@/shared/contract/runs';
import { useFormat } from '@/shared/i18n';

/** Each status's colour; its words are `common:runStatus.<status>`. */
export const RUN_STATUS_COLORS: Record<RunStatus, string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  cancelled: 'orange',
  interrupted: 'orange',
  failed: 'red',
};

/** What a finished run's status means for its items, in one sentence. */
const ENDINGS = {
  cancelled: 'common:runEnding.cancelled',
  interrupted: 'common:runEnding.interrupted',
} as const satisfies Partial<Record<RunStatus, string>>;

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
  const { t } = useTranslation(['common']);
  const format = useFormat();
  const { counts, plan, status } = summary;
  const finished = FINISHED_STATUSES.has(status);
  const total = Math.max(counts.calls || plan.calls, 1);
  const ending = status === 'cancelled' || status === 'interrupted' ? ENDINGS[status] : undefined;
  return (
    <Stack gap={6} component="section" aria-label={t('runStatus.region')} data-testid="run-status">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Badge
            color={RUN_STATUS_COLORS[status]}
            variant="light"
            tt="none"
            data-run-status={status}
          >
            {t(`runStatus.${status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('runStatus.startedBy', {
              id: summary.id,
              operator: summary.operator,
              time: format.dateTime(summary.startedAt ?? summary.createdAt),
            })}
          </Text>
        </Group>
        {!finished && onCancel && (
          <Button
            size="xs"
            variant="default"
            onClick={onCancel}
            loading={cancelling}
            data-testid="run-cancel"
          >
            {t('actions.cancel')}
          </Button>
        )}
      </Group>
      {!finished && (
        <>
          <Progress
            value={(counts.callsDone / total) * 100}
            aria-label={t('runStatus.progressLabel', { done: counts.callsDone, total })}
            data-calls-done={counts.callsDone}
            data-calls-total={total}
            animated
          />
          <Text size="xs" c="dimmed">
            {t('runStatus.progress', {
              callsDone: format.number(counts.callsDone),
              total: format.number(total),
              done: format.number(counts.done),
              items: format.number(counts.items),
            })}
          </Text>
        </>
      )}
      {ending && (
        <Text size="sm" role="status">
          {t(ending)}{' '}
          {t('runStatus.counts', {
            done: counts.done,
            notSent: counts.not_sent,
            unknown: counts.unknown,
          })}
        </Text>
      )}
      {status === 'failed' && summary.reason && (
        <Text size="sm" c="red" role="status">
          {t('runStatus.stopped', { reason: summary.reason })}
        </Text>
      )}
    </Stack>
  );
}
