import { Stack, Text } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';

import { ADMIN_FORBID_TYPES, ALLOW_TYPES, PROFILE_TAGS } from '@/shared/contract/profile';

const ALLOW_TYPE_WORDS = {
  AllowType_Type_AllowAny: 'Accepts anyone',
  AllowType_Type_NeedConfirm: 'Needs approval',
  AllowType_Type_DenyAny: 'Rejects all requests',
} as const;
const FORBID_WORDS = {
  AdminForbid_Type_None: 'May send requests',
  AdminForbid_Type_SendOut: 'Forbidden to send requests',
} as const;

/** The two profile fields the screen sets, each with its tag and options in words. */
export const PROFILE_FIELDS = {
  AllowType: {
    tag: PROFILE_TAGS.allowType,
    options: ALLOW_TYPES.map((value) => ({ value, label: ALLOW_TYPE_WORDS[value] })),
  },
  AdminForbidType: {
    tag: PROFILE_TAGS.adminForbidType,
    options: ADMIN_FORBID_TYPES.map((value) => ({ value, label: FORBID_WORDS[value] })),
  },
} as const;
export type ProfileField = keyof typeof PROFILE_FIELDS;

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
