import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { targetQuery } from '@/api/target-query';
import { ScreenHeader } from '@/shared/ui/screen-header';

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
      <ScreenHeader title={t('screen.title')} intro={t('screen.intro')} />
      <ScenarioSection />
      <FaultsSection />
      <CallsSection />
    </Stack>
  );
}
