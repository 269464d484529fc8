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

import { describeFailure } from '@/api/describe-failure';
import { FIELD_LIMITS } from '@/shared/contract/friend-add';
import { utf8ByteLength } from '@/shared/lib/utf8';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { useFriendAddMutation } from '../api/use-friend-add-mutation';
import {
  DEFAULT_FORM_VALUES,
  FriendAddFormSchema,
  type FriendAddFormValues,
  toFriendAddRequests,
} from '../friend-add-form-schema';
import { parseAccountList } from '@/shared/lib/account-list';
import { FriendAddResults } from './friend-add-results';

function byteCount(text: string, limit: number): string {
  return `${utf8ByteLength(text)} / ${limit} bytes`;
}

export function FriendAddScreen() {
  const form = useForm<FriendAddFormValues>({
    resolver: zodResolver(FriendAddFormSchema),
    defaultValues: DEFAULT_FORM_VALUES,
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState } = form;
  const { errors } = formState;
  const mutation = useFriendAddMutation();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const values = useWatch({ control }) as FriendAddFormValues;
  const accountCount = parseAccountList(values.To_Account).length;

  const onSubmit = handleSubmit((formValues) => {
    const requests = toFriendAddRequests(formValues);
    setProgress({ done: 0, total: requests.length });
    mutation.mutate({ requests, onProgress: (done, total) => setProgress({ done, total }) });
  });

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
          <Button type="submit" loading={mutation.isPending}>
            Add friends
          </Button>
        </Group>
        {mutation.isPending && progress && progress.total > 1 && (
          <Progress
            mt="md"
            value={(progress.done / progress.total) * 100}
            aria-label={`Calls done: ${progress.done} of ${progress.total}`}
          />
        )}
      </Paper>
      {mutation.isError && <FailureAlert {...describeFailure(mutation.error)} />}
      {mutation.data && <FriendAddResults results={mutation.data} />}
    </Stack>
  );
}
