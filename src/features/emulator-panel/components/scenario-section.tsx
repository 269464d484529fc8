import { Alert, Button, FileButton, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeFailure } from '@/api/describe-failure';
import { emulatorControl } from '@/api/emulator-control';
import { useWriteAccess } from '@/api/session-query';
import { useConfirmedWrite } from '@/api/use-confirmed-write';
import type { SeedName } from '@/shared/contract/emulator-control';
import { ConfirmWriteDialog } from '@/shared/ui/confirm-write-dialog';
import { downloadText } from '@/shared/ui/download';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { LiveRegion, ResultHeading } from '@/shared/ui/live-region';
import { WriteButton, WriteGuard } from '@/shared/ui/write-guard';

import { emulatorQueries } from '../api/emulator-queries';
import {
  useScenarioLoadMutation,
  useStateImportMutation,
} from '../api/use-state-replace-mutations';

/** Reads a chosen state file; a file that is not JSON is the user's to fix, named. */
async function readJsonFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(
      i18next.t('emulatorPanel:scenario.notJson', {
        file: file.name,
        reason: (error as Error).message,
      }),
      { cause: error },
    );
  }
}

const accountCount = (state: unknown) =>
  Array.isArray((state as { accounts?: unknown })?.accounts)
    ? (state as { accounts: unknown[] }).accounts.length
    : undefined;

/** Downloads the emulator's whole state as a JSON file. */
async function exportState(): Promise<void> {
  const state = await emulatorControl.exportState();
  downloadText('emulator-state.json', JSON.stringify(state, null, 2), 'application/json');
}

/** The last action's result only: a success never sits above a later failure, or the reverse. */
type Outcome = { id: number } & ({ ok: true; text: string } | { ok: false; error: unknown });

/** Reset to a named scenario, and export or import the whole state as a JSON file. */
export function ScenarioSection() {
  const { t } = useTranslation('emulatorPanel');
  const scenarioName = (name: SeedName) => t(`scenario.names.${name}`);
  const { data: seedList } = useQuery(emulatorQueries.seeds());
  const seeds = seedList?.seeds ?? [];
  // The select shows the loaded scenario until another is chosen.
  const [chosen, setSeed] = useState<SeedName>();
  const seed = chosen ?? seedList?.loaded ?? 'mixed-relations';
  const [outcome, setOutcome] = useState<Outcome>();
  const { confirm, pending } = useConfirmedWrite();
  const { readOnlyReason } = useWriteAccess();
  const reset = useScenarioLoadMutation();
  const importing = useStateImportMutation();
  const succeed = (text: string) => setOutcome({ id: Date.now(), ok: true, text });
  const fail = (error: unknown) => setOutcome({ id: Date.now(), ok: false, error });

  const loadScenario = () =>
    confirm(
      {
        api: 'POST /api/emulator/reset',
        title: t('scenario.loadTitle', { name: scenarioName(seed) }),
        consequence: t('scenario.replacesAll'),
        confirmLabel: t('scenario.load'),
        destructive: true,
      },
      () => {
        setOutcome(undefined);
        reset.mutate(seed, {
          onSuccess: (answer) =>
            succeed(t('scenario.loaded', { seed: answer.seed, count: answer.accounts })),
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
        title: t('scenario.importTitle', { file: file.name }),
        consequence: t('scenario.replacesAll'),
        confirmLabel: t('scenario.import'),
        destructive: true,
      },
      () =>
        importing.mutate(state, {
          onSuccess: (answer) =>
            succeed(t('scenario.imported', { file: file.name, count: answer.accounts })),
          onError: fail,
        }),
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scenario-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="scenario-title">
          {t('scenario.title')}
        </Title>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('scenario.label')}
            data-testid="scenario-select"
            description={t('scenario.description')}
            data={seeds.map((name) => ({ value: name, label: scenarioName(name) }))}
            value={seed}
            data-loaded-scenario={seedList?.loaded ?? ''}
            onChange={(value) => value && setSeed(value as SeedName)}
            allowDeselect={false}
            w={400}
          />
          <WriteButton
            readOnlyReason={readOnlyReason}
            loading={reset.isPending}
            onClick={loadScenario}
            data-testid="load-scenario"
          >
            {t('scenario.load')}
          </WriteButton>
          <Button variant="default" onClick={() => void exportState().catch(fail)}>
            {t('scenario.export')}
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
                  {t('scenario.import')}
                </Button>
              </WriteGuard>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('scenario.help')}
        </Text>
        <ScenarioOutcome outcome={outcome} onDismiss={() => setOutcome(undefined)} />
      </Stack>
      <ConfirmWriteDialog pending={pending} />
    </Paper>
  );
}

/** The last action's outcome, announced: loaded or imported, or why not. */
function ScenarioOutcome({
  outcome,
  onDismiss,
}: {
  outcome: Outcome | undefined;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('emulatorPanel');
  return (
    <LiveRegion label={t('scenario.outcome')} testId="scenario-outcome">
      {outcome?.ok === true && (
        <Alert
          color="teal"
          variant="light"
          withCloseButton
          closeButtonLabel={t('scenario.dismiss')}
          onClose={onDismiss}
          title={
            <ResultHeading order={4} size="h6" focusKey={outcome.id}>
              {outcome.text}
            </ResultHeading>
          }
        />
      )}
      {outcome?.ok === false && <FailureAlert {...describeFailure(outcome.error)} />}
    </LiveRegion>
  );
}
