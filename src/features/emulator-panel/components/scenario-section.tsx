import { Alert, Button, FileButton, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { describeFailure } from '@/api/describe-failure';
import { emulatorControl } from '@/api/emulator-control';
import type { SeedName } from '@/shared/contract/emulator-control';
import { downloadText } from '@/shared/ui/download';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { seedsQuery, useReplaceStateMutation } from '../api/emulator-queries';

const SCENARIO_WORDS: Record<SeedName, string> = {
  empty: 'Empty (no accounts)',
  demo: 'Demo (alice, bob, carol, dave, erin, mallory)',
  'mixed-relations': 'Mixed relations (ada … hal, every relation)',
};

async function readJsonFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file.name} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Reset to a named scenario, and export or import the whole state as a JSON file. */
export function ScenarioSection() {
  const { data: seeds = [] } = useQuery(seedsQuery);
  const [seed, setSeed] = useState<SeedName>('mixed-relations');
  const [done, setDone] = useState<string>();
  const reset = useReplaceStateMutation(emulatorControl.reset);
  const importing = useReplaceStateMutation(async (file: File) =>
    emulatorControl.importState(await readJsonFile(file)),
  );
  const exportState = async () => {
    const state = await emulatorControl.exportState();
    downloadText('emulator-state.json', JSON.stringify(state, null, 2), 'application/json');
  };
  const failure = reset.error ?? importing.error;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scenario-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="scenario-title">
          Scenario and state
        </Title>
        <Group align="flex-end" gap="sm">
          <Select
            label="Scenario"
            description="Replaces every account and relation in the emulator."
            data={seeds.map((name) => ({ value: name, label: SCENARIO_WORDS[name] }))}
            value={seed}
            onChange={(value) => value && setSeed(value as SeedName)}
            allowDeselect={false}
            w={400}
          />
          <Button
            loading={reset.isPending}
            onClick={() =>
              reset.mutate(seed, {
                onSuccess: (answer) =>
                  setDone(`Loaded ${answer.seed}: ${answer.accounts} accounts.`),
              })
            }
          >
            Load scenario
          </Button>
          <Button variant="default" onClick={() => void exportState()}>
            Export state
          </Button>
          <FileButton
            accept="application/json,.json"
            onChange={(file) =>
              file &&
              importing.mutate(file, {
                onSuccess: (answer) =>
                  setDone(`Imported ${file.name}: ${answer.accounts} accounts.`),
              })
            }
          >
            {(props) => (
              <Button variant="default" loading={importing.isPending} {...props}>
                Import state
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          Export saves accounts, profiles, friends, groups, blocks and pending requests as JSON;
          import replaces the emulator’s state with such a file.
        </Text>
        {done && (
          <Alert
            color="teal"
            variant="light"
            role="status"
            withCloseButton
            onClose={() => setDone(undefined)}
          >
            {done}
          </Alert>
        )}
        {failure && <FailureAlert {...describeFailure(failure)} />}
      </Stack>
    </Paper>
  );
}
