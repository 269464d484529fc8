import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';

import { WriteGuard } from '@/shared/ui/write-guard';

import { PROFILE_FIELDS, type ProfileField, renderProfileOption } from '../profile-options';

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
  const [value, setValue] = useState<string | null>(null);
  return (
    <Group gap={6} wrap="nowrap" align="flex-end">
      <Select
        size="xs"
        w={210}
        label={`${field} for selected`}
        placeholder="Choose…"
        data={PROFILE_FIELDS[field].options}
        renderOption={renderProfileOption}
        comboboxProps={{ width: 260, position: 'bottom-start' }}
        value={value}
        onChange={setValue}
        disabled={!!readOnlyReason}
      />
      <WriteGuard readOnlyReason={readOnlyReason}>
        <Button
          size="xs"
          variant="light"
          disabled={value === null || disabled || !!readOnlyReason}
          aria-label={`Set ${field} for ${count} selected`}
          onClick={() => value && onSet(field, value)}
        >
          Set
        </Button>
      </WriteGuard>
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
  return (
    <Paper
      withBorder
      p="xs"
      bg="var(--mantine-color-default-hover)"
      aria-label="Selected accounts"
      component="section"
    >
      <Group gap="md" align="flex-end">
        <Text size="sm" fw={600} pb={4}>
          {count} selected
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
        <WriteGuard readOnlyReason={readOnlyReason}>
          <Button
            size="xs"
            color="red"
            variant="light"
            disabled={!!readOnlyReason}
            onClick={onDelete}
          >
            Delete selected ({count})
          </Button>
        </WriteGuard>
        <Button size="xs" variant="subtle" onClick={onClear}>
          Clear selection
        </Button>
      </Group>
    </Paper>
  );
}
