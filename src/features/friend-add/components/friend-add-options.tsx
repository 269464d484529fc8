import { Checkbox, Input, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FIELD_LIMITS } from '@/shared/contract/friend-add';
import { utf8ByteLength } from '@/shared/lib/utf8';

import type { FriendAddFormValues, FriendAddRun } from '../friend-add-form-schema';

/** How the accounts are added: AddType, ForceAddFlags and the fields every row shares. */
export function FriendAddOptions({
  form,
  values,
}: {
  form: UseFormReturn<FriendAddFormValues, unknown, FriendAddRun>;
  values: FriendAddFormValues;
}) {
  const { t } = useTranslation('friendAdd');
  const byteCount = (text: string, limit: number) =>
    t('options.bytes', { used: utf8ByteLength(text), limit });
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name="AddType"
        render={({ field }) => (
          <Input.Wrapper label={t('options.addType')} description={t('options.addTypeDescription')}>
            <SegmentedControl
              mt={6}
              fullWidth
              value={field.value}
              onChange={field.onChange}
              data={[
                { value: 'Add_Type_Both', label: t('options.both') },
                { value: 'Add_Type_Single', label: t('options.single') },
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
            label={t('options.force')}
            description={t('options.forceDescription')}
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
          />
        )}
      />
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          label={t('options.remark')}
          description={byteCount(values.Remark, FIELD_LIMITS.Remark)}
          {...register('Remark')}
          error={errors.Remark?.message}
        />
        <TextInput
          label={t('options.groupName')}
          description={byteCount(values.GroupName, FIELD_LIMITS.GroupName)}
          {...register('GroupName')}
          error={errors.GroupName?.message}
        />
        <TextInput
          label={t('options.addSource')}
          description={t('options.addSourceDescription')}
          {...register('AddSource')}
          error={errors.AddSource?.message}
        />
        <TextInput
          label={t('options.addWording')}
          description={byteCount(values.AddWording, FIELD_LIMITS.AddWording)}
          {...register('AddWording')}
          error={errors.AddWording?.message}
        />
      </SimpleGrid>
    </Stack>
  );
}
