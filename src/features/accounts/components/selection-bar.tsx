import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { WriteButton } from '@/shared/ui/write-guard';

import { type ProfileField, renderProfileOption, useProfileOptions } from '../profile-options';

/** Sets one field for every selected account at once, or deletes them. */
function BulkSet({
  field,
  count,
  disabled,
  readOnlyReason,
  onSet,
}: {
  field: ProfileField;
  count: number;
  disabled: boolean;
  readOnlyReason: string | undefined;
  onSet: (field: ProfileField, value: string) => void;
}) {
  const { t } = useTranslation('accounts');
  const options = useProfileOptions(field);
  const [value, setValue] = useState<string | null>(null);
  return (
    <Group gap={6} wrap="nowrap" align="flex-end">
      <Select
        size="xs"
        w={210}
        label={t('selection.fieldFor', { field })}
        placeholder={t('selection.choose')}
        data-field={field}
        data={options}
        renderOption={renderProfileOption}
        comboboxProps={{ width: 260, position: 'bottom-start' }}
        value={value}
        onChange={setValue}
        disabled={!!readOnlyReason}
      />
      <WriteButton
        readOnlyReason={readOnlyReason}
        size="xs"
        variant="light"
        disabled={value === null || disabled}
        aria-label={t('selection.setLabel', { field, count })}
        data-set-field={field}
        onClick={() => value && onSet(field, value)}
      >
        {t('selection.set')}
      </WriteButton>
    </Group>
  );
}

export function SelectionBar({
  count,
  busy,
  readOnlyReason,
  onSet,
  onDelete,
  onClear,
}: {
  count: number;
  busy: boolean;
  readOnlyReason: string | undefined;
  onSet: (field: ProfileField, value: string) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('accounts');
  return (
    <Paper
      withBorder
      p="xs"
      bg="var(--mantine-color-default-hover)"
      aria-label={t('selection.region')}
      data-testid="accounts-selection"
      component="section"
    >
      <Group gap="md" align="flex-end">
        <Text size="sm" fw={600} pb={4}>
          {t('selection.count', { count })}
        </Text>
        {(['AllowType', 'AdminForbidType'] as const).map((field) => (
          <BulkSet
            key={field}
            field={field}
            count={count}
            disabled={busy}
            readOnlyReason={readOnlyReason}
            onSet={onSet}
          />
        ))}
        <WriteButton
          readOnlyReason={readOnlyReason}
          size="xs"
          color="red"
          variant="light"
          onClick={onDelete}
          data-testid="accounts-delete-selected"
        >
          {t('selection.delete', { count })}
        </WriteButton>
        <Button size="xs" variant="subtle" onClick={onClear}>
          {t('selection.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
