import { SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FIELD_LIMITS } from '@/shared/contract/friend-add';
import { utf8ByteLength } from '@/shared/lib/utf8';
import { FormCheckbox } from '@/shared/ui/form/form-checkbox';
import { FormSegmentedControl } from '@/shared/ui/form/form-segmented-control';
import { FormTextInput } from '@/shared/ui/form/form-text-input';

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
  const { control } = form;
  return (
    <Stack gap="md">
      <FormSegmentedControl
        control={control}
        name="AddType"
        label={t('options.addType')}
        description={t('options.addTypeDescription')}
        data={[
          { value: 'Add_Type_Both', label: t('options.both') },
          { value: 'Add_Type_Single', label: t('options.single') },
        ]}
      />
      <FormCheckbox
        control={control}
        name="ForceAddFlags"
        label={t('options.force')}
        description={t('options.forceDescription')}
      />
      <SimpleGrid cols={2} spacing="md">
        <FormTextInput
          control={control}
          name="Remark"
          label={t('options.remark')}
          description={byteCount(values.Remark, FIELD_LIMITS.Remark)}
        />
        <FormTextInput
          control={control}
          name="GroupName"
          label={t('options.groupName')}
          description={byteCount(values.GroupName, FIELD_LIMITS.GroupName)}
        />
        <FormTextInput
          control={control}
          name="AddSource"
          label={t('options.addSource')}
          description={t('options.addSourceDescription')}
        />
        <FormTextInput
          control={control}
          name="AddWording"
          label={t('options.addWording')}
          description={byteCount(values.AddWording, FIELD_LIMITS.AddWording)}
        />
      </SimpleGrid>
    </Stack>
  );
}
