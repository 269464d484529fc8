import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { targetQuery } from '@/api/target-query';
import { addRunPath } from '@/shared/lib/run-links';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { LeaveRunGuard } from '@/shared/ui/leave-run-guard';

import { useFriendAddRun } from '../api/use-friend-add-run';
import {
  type FriendAddFormValues,
  toFriendAddRun,
  valuesFromLink,
  valuesFromRun,
} from '../friend-add-form-schema';
import { parseRows } from '../friend-add-rows';
import { useFriendAddForm } from '../use-friend-add-form';
import { FriendAddForm } from './friend-add-form';
import { FriendAddRowsTable } from './friend-add-rows-table';
import { FriendAddRunPanel } from './friend-add-run-panel';

export function FriendAddScreen() {
  const [searchParams] = useSearchParams();
  const [linkValues] = useState(() => valuesFromLink(searchParams));
  const { form, values, parsed, check, preview, ...rows } = useFriendAddForm(linkValues);
  const run = useFriendAddRun();
  const { data: target } = useQuery(targetQuery);
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<FriendAddFormValues>();

  // A run opened from a link, a reload or History fills an untouched form with what it sent.
  const request = run.run.summary?.request;
  useEffect(() => {
    const sent = request && valuesFromRun(request);
    if (sent && !form.formState.isDirty && form.getValues('From_Account') === '') form.reset(sent);
  }, [request, form]);

  const send = (formValues: FriendAddFormValues) => run.start.send(toFriendAddRun(formValues));
  // Against a real Tencent app every write is confirmed first, naming where it goes.
  const onSubmit = form.handleSubmit((formValues) =>
    target?.mode === 'tencent' ? setAwaitingConfirmation(formValues) : send(formValues),
  );

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Add friends</Title>
        <Text c="dimmed" size="sm">
          Calls v4/sns/friend_add as the app admin, as a run on the server. Every account gets its
          own result and an explanation.
        </Text>
      </div>
      <FriendAddForm
        form={form}
        values={values}
        parsed={parsed}
        onSubmit={() => void onSubmit()}
        onCheckFirst={() => void rows.checkFirst()}
        onApplyToAll={rows.applyToAll}
        checking={check.isFetching}
        sending={run.start.pending || run.running}
      />
      {check.isError && <FailureAlert {...describeFailure(check.error)} />}
      {preview && !preview.fromExists && (
        <Alert color="red" variant="light" title="From_Account does not exist" role="alert">
          {preview.from} is not imported, so every row would fail with 30003. Import it on the
          Accounts screen first.
        </Alert>
      )}
      {(parsed.columns.length > 0 || preview) && parsed.rows.length > 0 && (
        <FriendAddRowsTable
          rows={parsed.rows}
          shared={values}
          preview={preview}
          onRemove={rows.removeRow}
          onKeepReady={rows.keepReady}
        />
      )}
      {run.start.error && <FailureAlert {...describeFailure(run.start.error)} />}
      <FriendAddRunPanel run={run} />
      <LeaveRunGuard running={run.running} runPath={run.runId ? addRunPath(run.runId) : '/add'} />
      <Modal
        opened={awaitingConfirmation !== undefined}
        onClose={() => setAwaitingConfirmation(undefined)}
        title="Write to a real Tencent app?"
      >
        {awaitingConfirmation && target && (
          <Stack gap="sm">
            <Text size="sm">
              This calls friend_add for{' '}
              <b>{parseRows(awaitingConfirmation.To_Account).rows.length} accounts</b> as{' '}
              {awaitingConfirmation.From_Account} in <b>SDKAppID {target.sdkAppId}</b>, region{' '}
              <b>{target.region}</b>. Real users will see these friendships.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAwaitingConfirmation(undefined)}>
                Go back
              </Button>
              <Button
                color="orange"
                onClick={() => {
                  send(awaitingConfirmation);
                  setAwaitingConfirmation(undefined);
                }}
              >
                Add friends in SDKAppID {target.sdkAppId}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
