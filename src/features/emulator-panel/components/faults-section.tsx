import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { describeFailure } from '@/api/describe-failure';
import { emulatorControl } from '@/api/emulator-control';
import type { FaultRule, FaultRuleInput } from '@/shared/contract/emulator-control';
import { endpoints } from '@/shared/contract/endpoints';
import { FailureAlert } from '@/shared/ui/failure-alert';

import { faultsQuery } from '../api/emulator-queries';

const FAULT_KINDS = {
  resultCode: 'ResultCode (per account)',
  errorCode: 'ErrorCode (whole call)',
  httpStatus: 'HTTP status',
  latencyMs: 'Added latency (ms)',
} as const;
type FaultKind = keyof typeof FAULT_KINDS;

const FaultForm = z.object({
  api: z.string().min(1, { message: 'API: choose the API the fault applies to' }),
  from: z.string(),
  to: z.string(),
  kind: z.enum(Object.keys(FAULT_KINDS) as [FaultKind, ...FaultKind[]]),
  value: z.number({ error: 'Value: give the code, status or milliseconds' }).int().positive(),
  times: z.number().int().positive().optional(),
});
type FaultForm = z.infer<typeof FaultForm>;

function toRule({ api, from, to, kind, value, times }: FaultForm): FaultRuleInput {
  return {
    api,
    ...(from.trim() ? { from: from.trim() } : {}),
    ...(to.trim() ? { to: to.trim() } : {}),
    [kind]: value,
    ...(times ? { times } : {}),
  };
}

function describeFault(rule: FaultRule): string {
  if (rule.resultCode !== undefined) return `ResultCode ${rule.resultCode}`;
  if (rule.errorCode !== undefined) return `ErrorCode ${rule.errorCode}`;
  if (rule.httpStatus !== undefined) return `HTTP ${rule.httpStatus}`;
  return `+${rule.latencyMs} ms`;
}

const API_OPTIONS = Object.values(endpoints).map((endpoint) => endpoint.service);

/** Fault rules make the emulator fail on purpose; the header shows while any is active. */
export function FaultsSection() {
  const { data: faults = [] } = useQuery(faultsQuery);
  const refresh = { invalidates: [faultsQuery.queryKey] };
  const add = useMutation({ mutationFn: emulatorControl.addFault, meta: refresh });
  const remove = useMutation({ mutationFn: emulatorControl.removeFault, meta: refresh });
  const clear = useMutation({ mutationFn: emulatorControl.clearFaults, meta: refresh });
  const form = useForm<FaultForm>({
    resolver: zodResolver(FaultForm),
    defaultValues: { api: 'v4/sns/friend_add', from: '', to: '', kind: 'resultCode' },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    add.mutate(toRule(values), {
      onSuccess: () => form.reset({ ...values, value: undefined, times: undefined } as never),
    }),
  );
  const failure = add.error ?? remove.error ?? clear.error;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="faults-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="faults-title">
            Fault rules
          </Title>
          <Button
            size="xs"
            variant="light"
            color="red"
            disabled={faults.length === 0}
            loading={clear.isPending}
            onClick={() => clear.mutate()}
          >
            Clear all faults
          </Button>
        </Group>
        <form onSubmit={onSubmit} noValidate aria-label="Add a fault rule">
          <Group align="flex-start" gap="sm" wrap="wrap">
            <Controller
              control={form.control}
              name="api"
              render={({ field }) => (
                <Select
                  label="API"
                  data={API_OPTIONS}
                  allowDeselect={false}
                  w={250}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.api?.message}
                />
              )}
            />
            <TextInput label="From account" placeholder="any" w={120} {...form.register('from')} />
            <TextInput label="To account" placeholder="any" w={120} {...form.register('to')} />
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label="Fault"
                  data={Object.entries(FAULT_KINDS).map(([value, label]) => ({ value, label }))}
                  w={200}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="value"
              render={({ field }) => (
                <NumberInput
                  label="Value"
                  placeholder="30006"
                  w={110}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(value) =>
                    field.onChange(typeof value === 'number' ? value : undefined)
                  }
                  error={errors.value?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="times"
              render={({ field }) => (
                <NumberInput
                  label="Times"
                  placeholder="no limit"
                  w={120}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(value) =>
                    field.onChange(typeof value === 'number' ? value : undefined)
                  }
                />
              )}
            />
            <Button type="submit" mt={25} loading={add.isPending}>
              Add fault
            </Button>
          </Group>
        </form>
        {failure && <FailureAlert {...describeFailure(failure)} />}
        {faults.length === 0 ? (
          <Text size="sm" c="dimmed">
            No fault rules: the emulator answers as Tencent would.
          </Text>
        ) : (
          <Table aria-label="Active fault rules" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>API</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Fault</Table.Th>
                <Table.Th>Hits</Table.Th>
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {faults.map((rule) => (
                <Table.Tr key={rule.id}>
                  <Table.Td ff="monospace">{rule.api}</Table.Td>
                  <Table.Td ff="monospace">{rule.from ?? 'any'}</Table.Td>
                  <Table.Td ff="monospace">{rule.to ?? 'any'}</Table.Td>
                  <Table.Td>
                    <Badge color="red" variant="light" tt="none">
                      {describeFault(rule)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {rule.hits}
                    {rule.times !== undefined ? ` of ${rule.times}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove fault ${rule.id}`}
                      onClick={() => remove.mutate(rule.id)}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
