import { Badge, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { targetQuery } from '@/api/target-query';

/** Always says where writes go: the emulator, or a real Tencent app (in a warning colour). */
export function TargetBadge() {
  const { data, isError } = useQuery(targetQuery);
  const { t } = useTranslation();
  if (isError) {
    return (
      <Badge color="red" variant="filled" size="md" data-testid="target-badge">
        {t('target.unknown')}
      </Badge>
    );
  }
  if (!data) {
    return (
      <Badge color="gray" variant="light" size="md" data-testid="target-badge">
        {t('target.connecting')}
      </Badge>
    );
  }
  const isEmulator = data.mode === 'emulator';
  const label = isEmulator
    ? t('target.emulator', { sdkAppId: data.sdkAppId })
    : t('target.tencent', { region: data.region, sdkAppId: data.sdkAppId });
  return (
    <Tooltip label={t('target.tooltip', { host: data.host, admin: data.admin })}>
      <Badge
        color={isEmulator ? 'teal' : 'orange'}
        variant={isEmulator ? 'light' : 'filled'}
        size="md"
        tt="none"
        data-testid="target-badge"
        data-target-mode={data.mode}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
