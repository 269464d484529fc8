import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';

import type { PlanDiff } from '@/shared/contract/plan';

/** Applying a plan to a real Tencent app is confirmed with its SDKAppID and region. */
export function PlanApplyConfirm({
  opened,
  diff,
  target,
  onClose,
  onApply,
}: {
  opened: boolean;
  diff: PlanDiff;
  target: { sdkAppId: number; region: string };
  onClose: () => void;
  onApply: () => void;
}) {
  const { t } = useTranslation('plans');
  return (
    <Modal opened={opened} onClose={onClose} title={t('confirm.title')}>
      <Stack gap="sm">
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="confirm.body"
            count={diff.total}
            values={{ calls: diff.calls, sdkAppId: target.sdkAppId, region: target.region }}
            components={{ b: <b /> }}
          />
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('confirm.back')}
          </Button>
          <Button color="orange" onClick={onApply}>
            {t('confirm.apply', { sdkAppId: target.sdkAppId })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
