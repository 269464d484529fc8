import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';

import { endpoints } from '@/shared/contract/endpoints';
import { RUN_STATUSES } from '@/shared/contract/runs';

import { HistoryFilterSchema, type HistoryFilterValues } from '../history-filters';

/** Every write the console can make, by its command name; History also lists the matrix runs. */
const API_OPTIONS = [
  ...Object.values(endpoints)
    .filter((endpoint) => endpoint.access === 'write')
    .map((endpoint) => endpoint.service.split('/').at(-1) ?? endpoint.service),
  'relation_matrix',
].sort();

/** A run's status, or a single call's ok / partial / failed ("failed" means either). */
const OUTCOME_OPTIONS = [...new Set<string>([...RUN_STATUSES, 'ok', 'partial'])];

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
  const { register, control, handleSubmit, formState, reset } = useForm<HistoryFilterValues>({
    resolver: zodResolver(HistoryFilterSchema),
    values,
  });
  const { errors } = formState;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="History filters"
      noValidate
      onSubmit={(event) => void handleSubmit(onApply)(event)}
    >
      <SimpleGrid cols={{ base: 2, md: 6 }} spacing="sm">
        <TextInput
          label="Account"
          description="From or To account"
          {...register('account')}
          error={errors.account?.message}
        />
        <TextInput
          label="Operator"
          description="Who made the change"
          {...register('operator')}
          error={errors.operator?.message}
        />
        <Controller
          control={control}
          name="api"
          render={({ field }) => (
            <Select
              label="API"
              description="The write, or a matrix run"
              placeholder="Any"
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
              label="Outcome"
              description="A run's status or a call's"
              placeholder="Any"
              clearable
              data={OUTCOME_OPTIONS}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
            />
          )}
        />
        <TextInput
          type="date"
          label="From date"
          description="On or after this day"
          {...register('since')}
          error={errors.since?.message}
        />
        <TextInput
          type="date"
          label="To date"
          description="On or before this day"
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
          Clear
        </Button>
        <Button type="submit">Show</Button>
      </Group>
    </Paper>
  );
}
