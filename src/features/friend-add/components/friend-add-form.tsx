import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';

import { FormTextarea } from '@/shared/ui/form/form-textarea';
import { FormTextInput } from '@/shared/ui/form/form-text-input';
import { WriteButton } from '@/shared/ui/write-guard';

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
  const { t } = useTranslation('friendAdd');
  const { control } = form;
  const accountCount = parsed.rows.length;
  const rowCount =
    accountCount > 1000
      ? t('form.rowsInCalls', { rows: accountCount, calls: Math.ceil(accountCount / 1000) })
      : t('form.rows', { count: accountCount });
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
      aria-label={t('form.name')}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="md">
          <FormTextInput
            control={control}
            name="From_Account"
            label={t('form.fromLabel')}
            description={t('form.fromDescription')}
            placeholder="alice"
            autoComplete="off"
          />
          <FormTextarea
            control={control}
            name="To_Account"
            label={t('form.toLabel')}
            description={t('form.toDescription', {
              fields: SHARED_FIELDS.join(', '),
              rows: rowCount,
            })}
            placeholder={'bob\ncarol'}
            autosize
            minRows={5}
            maxRows={12}
          />
        </Stack>
        <FriendAddOptions form={form} values={values} />
      </SimpleGrid>
      <Group mt="lg" justify="space-between">
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {parsed.columns.length > 0
              ? t('form.rowsOwnColumns', { columns: parsed.columns.join(', ') })
              : t('form.sharedColumns')}
          </Text>
          {parsed.columns.length > 0 && (
            <Button size="compact-sm" variant="subtle" onClick={onApplyToAll}>
              {t('form.applyToAll')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={onCheckFirst}
            loading={checking}
            disabled={sending}
            title={t('form.checkFirstHint')}
          >
            {t('form.checkFirst')}
          </Button>
          <WriteButton
            readOnlyReason={readOnlyReason}
            type="submit"
            loading={sending}
            data-testid="add-friends"
          >
            {t('form.submit')}
          </WriteButton>
        </Group>
      </Group>
    </Paper>
  );
}
