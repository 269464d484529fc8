import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { useWriteAccess } from '@/api/session-query';
import { addRunPath } from '@/shared/lib/links';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { RunStatusBar } from '@/shared/ui/run-status';

import type { FriendAddRun } from '../api/use-friend-add-run';
import { FriendAddResults } from './friend-add-results';
import { UndoOutcomeAlert, UndoRunButton } from './undo-run';

/** The run the URL names: its status, what each account got, and what can be done next. */
export function FriendAddRunPanel({ run: state }: { run: FriendAddRun }) {
  const { t } = useTranslation('friendAdd');
  const { canWrite } = useWriteAccess();
  const { runId, run, results, running, undo, verify, cancel } = state;
  const { summary } = run;
  if (run.error) return <FailureAlert {...describeFailure(run.error)} />;
  if (!runId || !summary) return null;
  // A viewer may look at a run but not start another from it.
  const busy = running || state.start.pending || !canWrite;
  const forced = summary.request.ForceAddFlags === 1;
  const retryable = results.filter((result) => result.retryable).map((result) => result.account);
  const forceable = forced ? [] : results.filter((r) => r.forceMayFix);
  const context = { from: summary.From_Account ?? '', forced, busy, retry: state.retry };
  const parentLink = { parent: <Anchor component={Link} to={addRunPath(summary.parent ?? '')} /> };
  const unknown = run.items.filter((item) => item.state === 'unknown' && item.verified === null);

  const actions = (
    <>
      <Button
        size="xs"
        color="red"
        variant="light"
        disabled={busy || retryable.length === 0}
        onClick={() => state.retry(retryable)}
        title={t('runPanel.retryFailedHint')}
      >
        {t('runPanel.retryFailed', { accounts: retryable.length })}
      </Button>
      {forceable.length > 0 && (
        <Button
          size="xs"
          variant="light"
          color="orange"
          disabled={busy}
          onClick={() =>
            state.retry(
              forceable.map((result) => result.account),
              true,
            )
          }
          title={t('runPanel.retryForceHint')}
        >
          {t('runPanel.retryForce', { accounts: forceable.length })}
        </Button>
      )}
      {unknown.length > 0 && (
        <Button
          size="xs"
          variant="light"
          disabled={running}
          loading={verify.pending}
          onClick={verify.send}
          title={t('runPanel.checkTheseHint')}
        >
          {t('runPanel.checkThese', { accounts: unknown.length })}
        </Button>
      )}
      <UndoRunButton
        from={summary.From_Account ?? ''}
        items={run.items}
        disabled={busy || undo.pending}
        pending={undo.pending}
        onConfirm={undo.send}
      />
    </>
  );

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <RunStatusBar summary={summary} onCancel={cancel.send} cancelling={cancel.pending} />
          {summary.parent && (
            <Text size="sm" c="dimmed">
              {summary.kind === 'undo' ? (
                <Trans
                  t={t}
                  i18nKey="runPanel.undoes"
                  values={{ id: summary.parent }}
                  components={parentLink}
                />
              ) : (
                <Trans
                  t={t}
                  i18nKey="runPanel.retries"
                  values={{ id: summary.parent }}
                  components={parentLink}
                />
              )}
            </Text>
          )}
        </Stack>
      </Paper>
      {undo.error && <FailureAlert {...describeFailure(undo.error)} />}
      {verify.error && <FailureAlert {...describeFailure(verify.error)} />}
      {summary.undoneBy && <UndoOutcomeAlert undo={state.undoRun} />}
      {results.length > 0 && (
        <FriendAddResults
          runId={runId}
          finished={!running}
          request={summary.request}
          items={run.items}
          results={results}
          context={context}
          actions={actions}
        />
      )}
    </Stack>
  );
}
