import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { targetQuery } from '@/api/target-query';
import type { Plan, PlanDiff } from '@/shared/contract/plan';

import type { PlanSession } from '../use-plan-session';
import { PlanApplyConfirm } from './plan-apply-confirm';
import { PlanChangesTable } from './plan-changes-table';
import { PlanPicture } from './plan-picture';

/** What applying the plan would change, as a table and a picture, and the Apply button. */
export function PlanDiffPanel({
  diff,
  plan,
  apply,
}: {
  diff: PlanDiff;
  plan: Plan | undefined;
  apply: PlanSession['apply'];
}) {
  const { t } = useTranslation('plans');
  const target = useQuery(targetQuery).data;
  const [confirming, setConfirming] = useState(false);
  const start = () => {
    setConfirming(false);
    apply.start();
  };
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{t('changes.title')}</Title>
          <Text size="sm" c="dimmed" data-testid="plan-diff-summary">
            {diff.total === 0
              ? t('changes.inSync')
              : t('changes.summary', {
                  count: diff.total,
                  calls: diff.calls,
                  seconds: diff.floor_s,
                })}
          </Text>
        </Group>
        <PlanChangesTable changes={diff.changes} label={t('changes.title')} />
        {plan && (
          <>
            <Title order={4}>{t('picture.title')}</Title>
            <PlanPicture plan={plan} changes={diff.changes} />
          </>
        )}
        <Group>
          <Button
            color={target?.mode === 'tencent' ? 'orange' : undefined}
            disabled={!plan || diff.total === 0}
            loading={apply.busy}
            onClick={() => (target?.mode === 'tencent' ? setConfirming(true) : start())}
          >
            {t('changes.apply')}
          </Button>
        </Group>
      </Stack>
      {target && (
        <PlanApplyConfirm
          opened={confirming}
          diff={diff}
          target={target}
          onClose={() => setConfirming(false)}
          onApply={start}
        />
      )}
    </Paper>
  );
}
