import { Alert, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { useWriteAccess } from '@/api/session-query';
import { useConfirmedWrite } from '@/api/use-confirmed-write';
import { addRunPath } from '@/shared/lib/links';
import { ConfirmWriteDialog } from '@/shared/ui/confirm-write-dialog';
import { FailureAlert } from '@/shared/ui/failure-alert';
import { LeaveRunGuard } from '@/shared/ui/leave-run-guard';
import { ScreenHeader } from '@/shared/ui/screen-header';

import { useFriendAddRun } from '../api/use-friend-add-run';
import { valuesFromLink, valuesFromRun } from '../friend-add-form-schema';
import { useFriendAddForm } from '../use-friend-add-form';
import { FriendAddForm } from './friend-add-form';
import { FriendAddRowsTable } from './friend-add-rows-table';
import { FriendAddRunPanel } from './friend-add-run-panel';

export function FriendAddScreen() {
  const { t } = useTranslation('friendAdd');
  const [searchParams] = useSearchParams();
  const [linkValues] = useState(() => valuesFromLink(searchParams));
  const { form, values, parsed, problems, check, preview, ...rows } = useFriendAddForm(linkValues);
  const run = useFriendAddRun();
  const { confirm, pending } = useConfirmedWrite();
  const { readOnlyReason } = useWriteAccess();

  // A run opened from a link, a reload or History fills an untouched form with what it sent.
  const request = run.run.summary?.request;
  useEffect(() => {
    const sent = request && valuesFromRun(request);
    if (sent && !form.formState.isDirty && form.getValues('From_Account') === '') form.reset(sent);
  }, [request, form]);

  // Against a real Tencent app, or for a large batch, the write is confirmed first.
  const onSubmit = form.handleSubmit((body) =>
    confirm(
      {
        api: 'v4/sns/friend_add',
        accounts: body.AddFriendItem.length,
        title: t('confirm.title'),
        consequence:
          body.AddType === 'Add_Type_Both'
            ? t('confirm.consequenceBoth', {
                count: body.AddFriendItem.length,
                from: body.From_Account,
              })
            : t('confirm.consequenceSingle', {
                count: body.AddFriendItem.length,
                from: body.From_Account,
              }),
        confirmLabel: t('confirm.button'),
      },
      () => {
        rows.forgetCheck();
        return run.start.send(body);
      },
    ),
  );
  const invalidRows = problems.filter((own) => own.length > 0).length;

  return (
    <Stack gap="lg" maw={1200}>
      <ScreenHeader title={t('screen.title')} intro={t('screen.intro')} />
      <FriendAddForm
        form={form}
        values={values}
        parsed={parsed}
        onSubmit={() => void onSubmit()}
        onCheckFirst={() => void rows.checkFirst()}
        onApplyToAll={rows.applyToAll}
        checking={check.isFetching}
        sending={run.start.pending || run.running}
        readOnlyReason={readOnlyReason}
      />
      {check.error && <FailureAlert {...describeFailure(check.error)} />}
      {preview && !preview.fromExists && (
        <Alert color="red" variant="light" title={t('screen.fromMissingTitle')} role="alert">
          {t('screen.fromMissing', { from: preview.from })}
        </Alert>
      )}
      {(parsed.columns.length > 0 || preview || invalidRows > 0) && parsed.rows.length > 0 && (
        <FriendAddRowsTable
          rows={parsed.rows}
          shared={values}
          problems={problems}
          preview={preview}
          onRemove={rows.removeRow}
          onRemoveInvalid={rows.removeInvalid}
          onKeepReady={rows.keepReady}
        />
      )}
      {run.start.error && <FailureAlert {...describeFailure(run.start.error)} />}
      <FriendAddRunPanel run={run} />
      <LeaveRunGuard running={run.running} runPath={run.runId ? addRunPath(run.runId) : '/add'} />
      <ConfirmWriteDialog pending={pending} />
    </Stack>
  );
}
