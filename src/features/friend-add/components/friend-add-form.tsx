import {
  Button,
  Checkbox,
  Group,
  Input,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';

import { FIELD_LIMITS } from '@/shared/contract/friend-add';
import { utf8ByteLength } from '@/shared/lib/utf8';

import type { FriendAddFormValues } from '../friend-add-form-schema';
import { type ParsedRows, SHARED_FIELDS } from '../friend-add-rows';

function byteCount(text: string, limit: number): string {
  return `${utf8ByteLength(text)} / ${limit} bytes`;
}

/** The Add friends form: From_Account, the rows, the shared fields and the buttons. */
export function FriendAddForm({
  form,
  values,
  parsed,
  onSubmit,
  onCheckFirst,
  onApplyToAll,
  checking,
  sending,
}: {
  form: UseFormReturn<FriendAddFormValues>;
  values: FriendAddFormValues;
  parsed: ParsedRows;
  onSubmit: () => void;
  onCheckFirst: () => void;
  onApplyToAll: () => void;
  checking: boolean;
  /** A run is starting or going: one at a time from this screen. */
  sending: boolean;
}) {
  const { register, control, formState } = form;
  const { errors } = formState;
  const accountCount = parsed.rows.length;
  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
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
            <Button size="compact-sm" variant="subtle" onClick={onApplyToAll}>
              Apply to all rows
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={onCheckFirst}
            loading={checking}
            disabled={sending}
            title="Reads account_check, friend_check, black_list_check and portrait_get; writes nothing."
          >
            Check first
          </Button>
          <Button type="submit" loading={sending} data-testid="add-friends">
            Add friends
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
