import { Stack, Text } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ADMIN_FORBID_TYPES, ALLOW_TYPES, PROFILE_TAGS } from '@/shared/contract/profile';

/** The two profile fields the screen sets: Tencent's tag and values (words: the catalogue's `values`). */
export const PROFILE_FIELDS = {
  AllowType: { tag: PROFILE_TAGS.allowType, values: ALLOW_TYPES },
  AdminForbidType: { tag: PROFILE_TAGS.adminForbidType, values: ADMIN_FORBID_TYPES },
} as const;
export type ProfileField = keyof typeof PROFILE_FIELDS;

/** A field's options, each in words with Tencent's value beside it. */
export function useProfileOptions(field: ProfileField): ComboboxItem[] {
  const { t } = useTranslation('accounts');
  return PROFILE_FIELDS[field].values.map((value) => ({ value, label: t(`values.${value}`) }));
}

/** An option in words with Tencent's wire value under it, so QA sees what is sent. */
export function renderProfileOption({ option }: { option: ComboboxItem }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{option.label}</Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {option.value}
      </Text>
    </Stack>
  );
}
