import { Alert, Button, FileButton, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { describeFailure } from '@/api/describe-failure';
import { emulatorControl } from '@/api/emulator-control';
import { useWriteAccess } from '@/api/session-query';
import { useConfirmedWrite } from '@/api/use-confirmed-write';
import type { SeedName } from '@/shared/contract/emulator-control';
import { ConfirmWriteDialog } from '@/shared/ui/confirm-write-dialog';
import { downloadText } from '@/shared/ui/download';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { LiveRegion, ResultHeading } from '@/shared/ui/live-region';
import { WriteGuard } from '@/shared/ui/write-guard';

import { emulatorQueries, useReplaceStateMutation } from '../api/emulator-queries';

const SCENARIO_WORDS: Record<SeedName, string> = {
  empty: 'Empty (no accounts)',
  demo: 'Demo (alice, bob, carol, dave, erin, mallory)',
  'mixed-relations': 'Mixed relations (ada … hal, every relation)',
};

const REPLACES_ALL =
  'Every account, profile, friend, group, block and pending request now in the emulator is replaced. Export the state first to keep it.';

/** Reads a chosen state file; a file that is not JSON is the user's to fix, named. */
async function readJsonFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file.name} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

const accountCount = (state: unknown) =>
  Array.isArray((state as { accounts?: unknown })?.accounts)
    ? (state as { accounts: unknown[] }).accounts.length
    : undefined;

/** The last action's result only: a success never sits above a later failure, or the reverse. */
type Outcome = { id: number } & ({ ok: true; text: string } | { ok: false; error: unknown });

/** Reset to a named scenario, and export or import the whole state as a JSON file. */
export function ScenarioSection() {
  const { data: seeds = [] } = useQuery(emulatorQueries.seeds());
  const [seed, setSeed] = useState<SeedName>('mixed-relations');
  const [outcome, setOutcome] = useState<Outcome>();
  const { confirm, pending } = useConfirmedWrite();
  const { readOnlyReason } = useWriteAccess();
  const reset = useReplaceStateMutation(emulatorControl.reset);
  const importing = useReplaceStateMutation(emulatorControl.importState);
  const succeed = (text: string) => setOutcome({ id: Date.now(), ok: true, text });
  const fail = (error: unknown) => setOutcome({ id: Date.now(), ok: false, error });

  const loadScenario = () =>
    confirm(
      {
        api: 'POST /api/emulator/reset',
        title: `Load the scenario “${SCENARIO_WORDS[seed]}”?`,
        consequence: REPLACES_ALL,
        confirmLabel: 'Load scenario',
        destructive: true,
      },
      () => {
        setOutcome(undefined);
        reset.mutate(seed, {
          onSuccess: (answer) => succeed(`Loaded ${answer.seed}: ${answer.accounts} accounts.`),
          onError: fail,
        });
      },
    );
  const importFile = async (file: File) => {
    setOutcome(undefined);
    let state: unknown;
    try {
      state = await readJsonFile(file);
    } catch (error) {
      return fail(error);
    }
    confirm(
      {
        api: 'PUT /api/emulator/state',
        accounts: accountCount(state),
        title: `Import ${file.name}?`,
        consequence: REPLACES_ALL,
        confirmLabel: 'Import state',
        destructive: true,
      },
      () =>
        importing.mutate(state, {
          onSuccess: (answer) => succeed(`Imported ${file.name}: ${answer.accounts} accounts.`),
          onError: fail,
        }),
    );
  };
  const exportState = async () => {
    try {
      const state = await emulatorControl.exportState();
      downloadText('emulator-state.json', JSON.stringify(state, null, 2), 'application/json');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scenario-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="scenario-title">
          Scenario and state
        </Title>
        <Group align="flex-end" gap="sm">
          <Select
            label="Scenario"
            data-testid="scenario-select"
            description="Replaces every account and relation in the emulator."
            data={seeds.map((name) => ({ value: name, label: SCENARIO_WORDS[name] }))}
            value={seed}
            onChange={(value) => value && setSeed(value as SeedName)}
            allowDeselect={false}
            w={400}
          />
          <WriteGuard readOnlyReason={readOnlyReason}>
            <Button
              loading={reset.isPending}
              disabled={!!readOnlyReason}
              onClick={loadScenario}
              data-testid="load-scenario"
            >
              Load scenario
            </Button>
          </WriteGuard>
          <Button variant="default" onClick={() => void exportState()}>
            Export state
          </Button>
          <FileButton
            accept="application/json,.json"
            disabled={!!readOnlyReason}
            onChange={(file) => file && void importFile(file)}
          >
            {(props) => (
              <WriteGuard readOnlyReason={readOnlyReason}>
                <Button
                  variant="default"
                  loading={importing.isPending}
                  data-testid="import-state"
                  {...props}
                >
                  Import state
                </Button>
              </WriteGuard>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          Export saves accounts, profiles, friends, groups, blocks and pending requests as JSON;
          import replaces the emulator’s state with such a file.
        </Text>
        <LiveRegion label="Scenario outcome" testId="scenario-outcome">
          {outcome?.ok === true && (
            <Alert
              color="teal"
              variant="light"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setOutcome(undefined)}
              title={
                <ResultHeading order={4} size="h6" focusKey={outcome.id}>
                  {outcome.text}
                </ResultHeading>
              }
            />
          )}
          {outcome?.ok === false && <FailureAlert {...describeFailure(outcome.error)} />}
        </LiveRegion>
      </Stack>
      <ConfirmWriteDialog pending={pending} />
    </Paper>
  );
}
