import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

import { targetQuery } from '@/api/target-query';

import { CallsSection } from './calls-section';
import { FaultsSection } from './faults-section';
import { ScenarioSection } from './scenario-section';

export function EmulatorPanelScreen() {
  const { data: target } = useQuery(targetQuery);
  if (target && target.mode !== 'emulator') {
    return (
      <Alert color="orange" title="No emulator here" role="alert">
        The console targets a real Tencent app (SDKAppID {target.sdkAppId}); the emulator panel
        exists only for the embedded emulator.
      </Alert>
    );
  }
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Emulator</Title>
        <Text c="dimmed" size="sm">
          The embedded Tencent Chat emulator: load a scenario, save or restore its state, make it
          fail on purpose and watch the calls it receives.
        </Text>
      </div>
      <ScenarioSection />
      <FaultsSection />
      <CallsSection />
    </Stack>
  );
}
