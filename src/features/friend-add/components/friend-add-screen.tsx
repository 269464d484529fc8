import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Group,
  Input,
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
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useSearchParams } from 'react-router';

import { describeFailure } from '@/api/describe-failure';
import { FIELD_LIMITS } from '@/shared/contract/friend-add';
import { utf8ByteLength } from '@/shared/lib/utf8';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { parseAccountList } from '@/shared/lib/account-list';

import { type FriendAddOutcome, useFriendAddMutation } from '../api/use-friend-add-mutation';
import type { ClassifiedResult } from '../classify-result';
import {
  FriendAddFormSchema,
  type FriendAddFormValues,
  toFriendAddRequests,
  valuesFromLink,
} from '../friend-add-form-schema';
import { FriendAddResults } from './friend-add-results';

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
  const { register, control, handleSubmit, formState } = form;
  const { errors } = formState;
  const mutation = useFriendAddMutation();
  const [controller, setController] = useState<AbortController>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [batch, setBatch] = useState<Batch>();
  const values = useWatch({ control }) as FriendAddFormValues;
  const accountCount = parseAccountList(values.To_Account).length;

  /** Sends `accounts` with `batchValues`; their new results replace the old ones in place. */
  const send = (
    batchValues: FriendAddFormValues,
    accounts: string[],
    previous: ClassifiedResult[],
  ) => {
    const requests = toFriendAddRequests(batchValues, accounts);
    const run = new AbortController();
    setController(run);
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

  const onSubmit = handleSubmit((formValues) =>
    send(formValues, parseAccountList(formValues.To_Account), []),
  );
  const retryFailed = () => {
    if (!batch) return;
    const accounts = batch.results.filter((result) => result.retryable).map((r) => r.account);
    if (accounts.length > 0) send(batch.values, accounts, batch.results);
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
              description={`One account per line (or separated by commas). ${accountCount} account${accountCount === 1 ? '' : 's'}${accountCount > 1000 ? `, sent in ${Math.ceil(accountCount / 1000)} calls of up to 1000` : ''}.`}
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
          <Text size="sm" c="dimmed">
            The remark, group, source and message apply to every account in the list.
          </Text>
          <Group gap="xs">
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
      {mutation.isError && <FailureAlert {...describeFailure(mutation.error)} />}
      {batch?.requestFailure && <FailureAlert {...batch.requestFailure} />}
      {batch?.cancelled && (
        <Text size="sm" c="dimmed" role="status">
          Cancelled: the calls already sent are listed below; nothing else was sent.
        </Text>
      )}
      {batch && (
        <FriendAddResults
          results={batch.results}
          from={batch.values.From_Account}
          busy={mutation.isPending}
          onRetryFailed={retryFailed}
        />
      )}
    </Stack>
  );
}
