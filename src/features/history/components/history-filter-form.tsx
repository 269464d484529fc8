import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { endpoints } from '@/shared/contract/endpoints';
import { RUN_STATUSES } from '@/shared/contract/runs';
import { translatedZodResolver } from '@/shared/i18n/zod-resolver';

import { HistoryFilterSchema, type HistoryFilterValues } from '../history-filters';

/** Every write the console can make, by its command name; History also lists the matrix runs. */
const API_OPTIONS = [
  ...Object.values(endpoints)
    .filter((endpoint) => endpoint.access === 'write')
    .map((endpoint) => endpoint.service.split('/').at(-1) ?? endpoint.service),
  'relation_matrix',
].sort();

/** A run's status, or a single call's ok / partial / failed ("failed" means either). */
const OUTCOME_OPTIONS = [...RUN_STATUSES, 'ok', 'partial'] as const;

const EMPTY: HistoryFilterValues = {
  account: '',
  operator: '',
  api: '',
  outcome: '',
  since: '',
  until: '',
};

/** The History filters; applying them puts them in the URL, so a filtered view is a link. */
export function HistoryFilterForm({
  values,
  onApply,
}: {
  values: HistoryFilterValues;
  onApply: (values: HistoryFilterValues) => void;
}) {
  const { t } = useTranslation(['history', 'common']);
  const { register, control, handleSubmit, formState, reset } = useForm<HistoryFilterValues>({
    resolver: translatedZodResolver(HistoryFilterSchema),
    values,
  });
  const { errors } = formState;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t('filters.region')}
      data-testid="history-filters"
      noValidate
      onSubmit={(event) => void handleSubmit(onApply)(event)}
    >
      <SimpleGrid cols={{ base: 2, md: 6 }} spacing="sm">
        <TextInput
          label={t('filters.account')}
          description={t('filters.accountHelp')}
          data-filter="account"
          {...register('account')}
          error={errors.account?.message}
        />
        <TextInput
          label={t('filters.operator')}
          description={t('filters.operatorHelp')}
          data-filter="operator"
          {...register('operator')}
          error={errors.operator?.message}
        />
        <Controller
          control={control}
          name="api"
          render={({ field }) => (
            <Select
              label="API"
              description={t('filters.apiHelp')}
              placeholder={t('filters.any')}
              data-filter="api"
              clearable
              data={API_OPTIONS}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
            />
          )}
        />
        <Controller
          control={control}
          name="outcome"
          render={({ field }) => (
            <Select
              label={t('filters.outcome')}
              description={t('filters.outcomeHelp')}
              placeholder={t('filters.any')}
              data-filter="outcome"
              clearable
              data={OUTCOME_OPTIONS.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
            />
          )}
        />
        <TextInput
          type="date"
          label={t('filters.since')}
          description={t('filters.sinceHelp')}
          data-filter="since"
          {...register('since')}
          error={errors.since?.message}
        />
        <TextInput
          type="date"
          label={t('filters.until')}
          description={t('filters.untilHelp')}
          data-filter="until"
          {...register('until')}
          error={errors.until?.message}
        />
      </SimpleGrid>
      <Group mt="md" gap="xs" justify="flex-end">
        <Button
          variant="default"
          onClick={() => {
            reset(EMPTY);
            onApply(EMPTY);
          }}
        >
          {t('filters.clear')}
        </Button>
        <Button type="submit" data-testid="history-show">
          {t('filters.show')}
        </Button>
      </Group>
    </Paper>
  );
}
