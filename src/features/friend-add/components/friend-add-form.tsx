import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';

import { WriteGuard } from '@/shared/ui/write-guard';

import type { FriendAddFormValues, FriendAddRun } from '../friend-add-form-schema';
import { type ParsedRows, SHARED_FIELDS } from '../friend-add-rows';
import { FriendAddOptions } from './friend-add-options';

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
  readOnlyReason,
}: {
  form: UseFormReturn<FriendAddFormValues, unknown, FriendAddRun>;
  values: FriendAddFormValues;
  parsed: ParsedRows;
  onSubmit: () => void;
  onCheckFirst: () => void;
  onApplyToAll: () => void;
  checking: boolean;
  /** A run is starting or going: one at a time from this screen. */
  sending: boolean;
  /** Set for a viewer: Add friends is disabled and says why. */
  readOnlyReason?: string;
}) {
  const { register, formState } = form;
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
        <FriendAddOptions form={form} values={values} />
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
          <WriteGuard readOnlyReason={readOnlyReason}>
            <Button
              type="submit"
              loading={sending}
              disabled={readOnlyReason !== undefined}
              data-testid="add-friends"
            >
              Add friends
            </Button>
          </WriteGuard>
        </Group>
      </Group>
    </Paper>
  );
}
