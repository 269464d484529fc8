import { Checkbox, Input, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';

import { FIELD_LIMITS } from '@/shared/contract/friend-add';
import { utf8ByteLength } from '@/shared/lib/utf8';

import type { FriendAddFormValues, FriendAddRun } from '../friend-add-form-schema';

function byteCount(text: string, limit: number): string {
  return `${utf8ByteLength(text)} / ${limit} bytes`;
}

/** How the accounts are added: AddType, ForceAddFlags and the fields every row shares. */
export function FriendAddOptions({
  form,
  values,
}: {
  form: UseFormReturn<FriendAddFormValues, unknown, FriendAddRun>;
  values: FriendAddFormValues;
}) {
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
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
  );
}
