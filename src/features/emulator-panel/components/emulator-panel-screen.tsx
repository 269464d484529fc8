import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { targetQuery } from '@/api/target-query';

import { CallsSection } from './calls-section';
import { FaultsSection } from './faults-section';
import { ScenarioSection } from './scenario-section';

export function EmulatorPanelScreen() {
  const { t } = useTranslation('emulatorPanel');
  const { data: target } = useQuery(targetQuery);
  if (target && target.mode !== 'emulator') {
    return (
      <Alert color="orange" title={t('screen.noEmulatorTitle')} role="alert">
        {t('screen.noEmulator', { sdkAppId: target.sdkAppId })}
      </Alert>
    );
  }
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>{t('screen.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('screen.intro')}
        </Text>
      </div>
      <ScenarioSection />
      <FaultsSection />
      <CallsSection />
    </Stack>
  );
}
