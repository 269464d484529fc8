import { Button, Group, Paper, SimpleGrid } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { endpoints } from '@/shared/contract/endpoints';
import { RUN_STATUSES } from '@/shared/contract/runs';
import { translatedZodResolver } from '@/shared/i18n/zod-resolver';
import { FormSelect } from '@/shared/ui/form/form-select';
import { FormTextInput } from '@/shared/ui/form/form-text-input';

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
  const { control, handleSubmit, reset } = useForm<HistoryFilterValues>({
    resolver: translatedZodResolver(HistoryFilterSchema),
    values,
  });
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
        <FormTextInput
          control={control}
          name="account"
          label={t('filters.account')}
          description={t('filters.accountHelp')}
          data-filter="account"
        />
        <FormTextInput
          control={control}
          name="operator"
          label={t('filters.operator')}
          description={t('filters.operatorHelp')}
          data-filter="operator"
        />
        <FormSelect
          control={control}
          name="api"
          label="API"
          description={t('filters.apiHelp')}
          placeholder={t('filters.any')}
          data-filter="api"
          clearable
          allowDeselect
          data={API_OPTIONS}
        />
        <FormSelect
          control={control}
          name="outcome"
          label={t('filters.outcome')}
          description={t('filters.outcomeHelp')}
          placeholder={t('filters.any')}
          data-filter="outcome"
          clearable
          allowDeselect
          data={OUTCOME_OPTIONS.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
        />
        <FormTextInput
          control={control}
          name="since"
          type="date"
          label={t('filters.since')}
          description={t('filters.sinceHelp')}
          data-filter="since"
        />
        <FormTextInput
          control={control}
          name="until"
          type="date"
          label={t('filters.until')}
          description={t('filters.untilHelp')}
          data-filter="until"
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
