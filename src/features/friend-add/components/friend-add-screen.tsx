import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  Modal,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { targetQuery } from '@/api/target-query';
import { FIELD_LIMITS } from '@/shared/contract/friend-add';
import { utf8ByteLength } from '@/shared/lib/utf8';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { checkFirst, type Preview } from '../api/check-first';
import type { UndoOutcome } from '../api/undo-batch';
import { type FriendAddOutcome, useFriendAddMutation } from '../api/use-friend-add-mutation';
import type { ClassifiedResult } from '../classify-result';
import {
  FriendAddFormSchema,
  type FriendAddFormValues,
  toFriendAddRequests,
  valuesFromLink,
} from '../friend-add-form-schema';
import { type AddRow, formatRows, parseRows, SHARED_FIELDS } from '../friend-add-rows';
import { FriendAddResults } from './friend-add-results';
import { FriendAddRowsTable } from './friend-add-rows-table';
import { UndoBatchButton, UndoOutcomeAlert } from './undo-batch-button';

/** A finished (or running) batch: its results and the values it was sent with, for retries. */
interface Batch {
  values: FriendAddFormValues;
  results: ClassifiedResult[];
  requestFailure?: FriendAddOutcome['requestFailure'];
  cancelled?: boolean;
}

function byteCount(text: string, limit: number): string {
  return `${utf8ByteLength(text)} / ${limit} bytes`;
}

export function FriendAddScreen() {
  const [searchParams] = useSearchParams();
  const form = useForm<FriendAddFormValues>({
    resolver: zodResolver(FriendAddFormSchema),
    defaultValues: valuesFromLink(searchParams),
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState, setValue } = form;
  const { errors } = formState;
  const mutation = useFriendAddMutation();
  const { data: target } = useQuery(targetQuery);
  const [controller, setController] = useState<AbortController>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [batch, setBatch] = useState<Batch>();
  const [undone, setUndone] = useState<UndoOutcome>();
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<FriendAddFormValues>();
  const values = useWatch({ control }) as FriendAddFormValues;
  const parsed = parseRows(values.To_Account);
  const accountCount = parsed.rows.length;
  const preview = useMutation({
    mutationFn: (checked: FriendAddFormValues) =>
      checkFirst({
        from: checked.From_Account,
        accounts: parseRows(checked.To_Account).rows.map((row) => row.To_Account),
        force: checked.ForceAddFlags,
      }),
  });
  // A preview speaks for the From_Account and force flag it was made with, nothing else.
  const currentPreview: Preview | undefined =
    preview.data?.from === values.From_Account && preview.data.force === values.ForceAddFlags
      ? preview.data
      : undefined;

  const rewriteRows = (rows: AddRow[], columns = parsed.columns) =>
    setValue('To_Account', formatRows({ ...parsed, rows, columns }), {
      shouldValidate: formState.isSubmitted,
    });
  /** "Apply to all rows": the rows' own values give way to the form's filled-in fields. */
  const applyToAll = () => {
    const applied = SHARED_FIELDS.filter((field) => values[field] !== '');
    rewriteRows(
      parsed.rows.map((row) => {
        const kept = { ...row };
        for (const field of applied) delete kept[field];
        return kept;
      }),
      parsed.columns.filter((column) => !applied.includes(column)),
    );
  };

  /** Sends `rows` with `batchValues`; their new results replace the old ones in place. */
  const send = (batchValues: FriendAddFormValues, rows: AddRow[], previous: ClassifiedResult[]) => {
    const requests = toFriendAddRequests(batchValues, rows);
    const run = new AbortController();
    setController(run);
    setUndone(undefined);
    setProgress({ done: 0, total: requests.length });
    const merge = (fresh: ClassifiedResult[]) => {
      const byAccount = new Map(fresh.map((result) => [result.account, result]));
      const kept = previous.map((result) => byAccount.get(result.account) ?? result);
      const known = new Set(previous.map((result) => result.account));
      return [...kept, ...fresh.filter((result) => !known.has(result.account))];
    };
    mutation.mutate(
      {
        requests,
        signal: run.signal,
        onProgress: ({ done, total, results }) => {
          setProgress({ done, total });
          setBatch({ values: batchValues, results: merge(results) });
        },
      },
      {
        onSuccess: (outcome) =>
          setBatch({
            values: batchValues,
            results: merge(outcome.results),
            requestFailure: outcome.requestFailure,
            cancelled: outcome.cancelled,
          }),
      },
    );
  };

  const sendForm = (formValues: FriendAddFormValues) =>
    send(formValues, parseRows(formValues.To_Account).rows, []);
  // Against a real Tencent app every write is confirmed first, naming where it goes.
  const onSubmit = handleSubmit((formValues) =>
    target?.mode === 'tencent' ? setAwaitingConfirmation(formValues) : sendForm(formValues),
  );
  const onCheckFirst = handleSubmit((formValues) => preview.mutate(formValues));
  const retryFailed = () => {
    if (!batch) return;
    const retry = new Set(batch.results.filter((r) => r.retryable).map((r) => r.account));
    const rows = parseRows(batch.values.To_Account).rows.filter((row) => retry.has(row.To_Account));
    if (rows.length > 0) send(batch.values, rows, batch.results);
  };
  const markUndone = (outcome: UndoOutcome) => {
    setUndone(outcome);
    if (!batch) return;
    const deleted = new Set(outcome.deleted);
    setBatch({
      ...batch,
      results: batch.results.map((result) =>
        deleted.has(result.account) ? { ...result, undo: undefined } : result,
      ),
    });
  };

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Add friends</Title>
        <Text c="dimmed" size="sm">
          Calls v4/sns/friend_add as the app admin. Every account gets its own result and an
          explanation.
        </Text>
      </div>
      <Paper
        withBorder
        p="lg"
        component="form"
        onSubmit={onSubmit}
        noValidate
        aria-label="Add friends form"
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="md">
            <TextInput
              label="From account · From_Account"
              description="The user whose friend list gets the new friends."
              placeholder="alice"
              autoComplete="off"
              {...register('From_Account')}
              error={errors.From_Account?.message}
            />
            <Textarea
              label="To accounts · To_Account"
              description={`One account per line, or a CSV/TSV table whose header names To_Account and any of ${SHARED_FIELDS.join(', ')}. ${accountCount} row${accountCount === 1 ? '' : 's'}${accountCount > 1000 ? `, sent in ${Math.ceil(accountCount / 1000)} calls of up to 1000` : ''}.`}
              placeholder={'bob\ncarol'}
              autosize
              minRows={5}
              maxRows={12}
              {...register('To_Account')}
              error={errors.To_Account?.message}
            />
          </Stack>
          <Stack gap="md">
            <Controller
              control={control}
              name="AddType"
              render={({ field }) => (
                <Input.Wrapper
                  label="Add type · AddType"
                  description="Both ways adds each account to the other's list; one way only to From_Account's."
                >
                  <SegmentedControl
                    mt={6}
                    fullWidth
                    value={field.value}
                    onChange={field.onChange}
                    data={[
                      { value: 'Add_Type_Both', label: 'Both ways' },
                      { value: 'Add_Type_Single', label: 'One way' },
                    ]}
                  />
                </Input.Wrapper>
              )}
            />
            <Controller
              control={control}
              name="ForceAddFlags"
              render={({ field }) => (
                <Checkbox
                  label="Force add · ForceAddFlags"
                  description="Skips the target's approval setting (NeedConfirm, DenyAny). Blocklists, AdminForbidType and the 3000-friend limit still apply."
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
            <SimpleGrid cols={2} spacing="md">
              <TextInput
                label="Remark · Remark"
                description={byteCount(values.Remark, FIELD_LIMITS.Remark)}
                {...register('Remark')}
                error={errors.Remark?.message}
              />
              <TextInput
                label="Friend group · GroupName"
                description={byteCount(values.GroupName, FIELD_LIMITS.GroupName)}
                {...register('GroupName')}
                error={errors.GroupName?.message}
              />
              <TextInput
                label="Source · AddSource"
                description="AddSource_Type_ + up to 8 letters"
                {...register('AddSource')}
                error={errors.AddSource?.message}
              />
              <TextInput
                label="Message · AddWording"
                description={byteCount(values.AddWording, FIELD_LIMITS.AddWording)}
                {...register('AddWording')}
                error={errors.AddWording?.message}
              />
            </SimpleGrid>
          </Stack>
        </SimpleGrid>
        <Group mt="lg" justify="space-between">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {parsed.columns.length > 0
                ? `Rows set their own ${parsed.columns.join(', ')}; the fields above fill the rest.`
                : 'The remark, group, source and message apply to every row.'}
            </Text>
            {parsed.columns.length > 0 && (
              <Button size="compact-sm" variant="subtle" onClick={applyToAll}>
                Apply to all rows
              </Button>
            )}
          </Group>
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() => void onCheckFirst()}
              loading={preview.isPending}
              disabled={mutation.isPending}
              title="Reads account_check, friend_check, black_list_check and portrait_get; writes nothing."
            >
              Check first
            </Button>
            {mutation.isPending && (
              <Button variant="default" onClick={() => controller?.abort()}>
                Cancel
              </Button>
            )}
            <Button type="submit" loading={mutation.isPending}>
              Add friends
            </Button>
          </Group>
        </Group>
        {mutation.isPending && progress && progress.total > 1 && (
          <Stack gap={4} mt="md">
            <Progress
              value={(progress.done / progress.total) * 100}
              aria-label={`Calls done: ${progress.done} of ${progress.total}`}
            />
            <Text size="xs" c="dimmed">
              {progress.done} of {progress.total} calls done
            </Text>
          </Stack>
        )}
      </Paper>
      {preview.isError && <FailureAlert {...describeFailure(preview.error)} />}
      {currentPreview && !currentPreview.fromExists && (
        <Alert color="red" variant="light" title="From_Account does not exist" role="alert">
          {currentPreview.from} is not imported, so every row would fail with 30003. Import it on
          the Accounts screen first.
        </Alert>
      )}
      {(parsed.columns.length > 0 || currentPreview) && accountCount > 0 && (
        <FriendAddRowsTable
          rows={parsed.rows}
          shared={values}
          preview={currentPreview}
          onRemove={(index) => rewriteRows(parsed.rows.filter((_, row) => row !== index))}
          onKeepReady={() =>
            rewriteRows(
              parsed.rows.filter(
                (row) => currentPreview?.rows.get(row.To_Account)?.label === 'ready',
              ),
            )
          }
        />
      )}
      {mutation.isError && <FailureAlert {...describeFailure(mutation.error)} />}
      {batch?.requestFailure && <FailureAlert {...batch.requestFailure} />}
      {batch?.cancelled && (
        <Text size="sm" c="dimmed" role="status">
          Cancelled: the calls already sent are listed below; nothing else was sent.
        </Text>
      )}
      {undone && <UndoOutcomeAlert outcome={undone} />}
      {batch && (
        <FriendAddResults
          results={batch.results}
          from={batch.values.From_Account}
          busy={mutation.isPending}
          onRetryFailed={retryFailed}
          undo={
            <UndoBatchButton
              from={batch.values.From_Account}
              results={batch.results}
              disabled={mutation.isPending}
              onUndone={markUndone}
            />
          }
        />
      )}
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
                  sendForm(awaitingConfirmation);
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
