import { zodResolver } from '@hookform/resolvers/zod';
import { Autocomplete, Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

import type { FaultRuleInput } from '@/shared/contract/emulator-control';
import { endpoints } from '@/shared/contract/endpoints';
import { WriteGuard } from '@/shared/ui/write-guard';

import { CODE_LABELS } from '../fault-words';

const FAULT_KINDS = {
  resultCode: 'ResultCode (per account)',
  errorCode: 'ErrorCode (whole call)',
  httpStatus: 'HTTP status',
  latencyMs: 'Added latency (ms)',
} as const;
type FaultKind = keyof typeof FAULT_KINDS;
const isCode = (kind: FaultKind) => kind === 'resultCode' || kind === 'errorCode';

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

const API_OPTIONS = Object.values(endpoints).map((endpoint) => endpoint.service);

/** One fault rule: which API (and accounts), what goes wrong, how often. */
export function FaultFormFields({
  onAdd,
  adding,
  readOnlyReason,
}: {
  onAdd: (rule: FaultRuleInput, added: () => void) => void;
  adding: boolean;
  readOnlyReason: string | undefined;
}) {
  const form = useForm<FaultForm>({
    resolver: zodResolver(FaultForm),
    defaultValues: { api: 'v4/sns/friend_add', from: '', to: '', kind: 'resultCode' },
  });
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  // Bumped after each added rule, so the code input starts empty again.
  const [added, setAdded] = useState(0);
  const onSubmit = form.handleSubmit((values) =>
    onAdd(toRule(values), () => {
      form.reset({ ...values, value: undefined, times: undefined } as never);
      setAdded((count) => count + 1);
    }),
  );

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label="Add a fault rule"
      data-testid="fault-form"
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Controller
          control={form.control}
          name="api"
          render={({ field }) => (
            <Select
              label="API"
              data-testid="fault-api"
              data={API_OPTIONS}
              allowDeselect={false}
              searchable
              w={230}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              error={errors.api?.message}
            />
          )}
        />
        <TextInput
          label="From account"
          placeholder="any"
          w={120}
          data-testid="fault-from"
          {...form.register('from')}
        />
        <TextInput
          label="To account"
          placeholder="any"
          w={120}
          data-testid="fault-to"
          {...form.register('to')}
        />
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label="Fault"
              data-testid="fault-kind"
              data={Object.entries(FAULT_KINDS).map(([value, label]) => ({ value, label }))}
              w={190}
              allowDeselect={false}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                form.setValue('value', undefined as never);
              }}
            />
          )}
        />
        <Controller
          control={form.control}
          name="value"
          render={({ field }) =>
            isCode(kind) ? (
              <CodeInput
                key={`${kind}-${added}`}
                onChange={field.onChange}
                error={errors.value?.message}
              />
            ) : (
              <NumberInput
                label="Value"
                data-testid="fault-value"
                placeholder={kind === 'httpStatus' ? '503' : '200'}
                w={110}
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                error={errors.value?.message}
              />
            )
          }
        />
        <Controller
          control={form.control}
          name="times"
          render={({ field }) => (
            <NumberInput
              label="Times"
              data-testid="fault-times"
              placeholder="no limit"
              w={110}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
            />
          )}
        />
        <WriteGuard readOnlyReason={readOnlyReason}>
          <Button
            type="submit"
            mt={25}
            loading={adding}
            disabled={!!readOnlyReason}
            data-testid="add-fault"
          >
            Add fault
          </Button>
        </WriteGuard>
      </Group>
    </form>
  );
}

/**
 * A Tencent code: typed, or picked from the catalogue ("30006 · Err_…"); the leading digits are
 * the value, so codes outside the catalogue still work.
 */
function CodeInput({
  onChange,
  error,
}: {
  onChange: (code: number | undefined) => void;
  error: string | undefined;
}) {
  const [text, setText] = useState('');
  return (
    <Autocomplete
      label="Value"
      data-testid="fault-value"
      placeholder="Type or pick a code"
      data={CODE_LABELS}
      limit={50}
      w={190}
      comboboxProps={{ width: 440, position: 'bottom-start' }}
      value={text}
      onChange={(typed) => {
        setText(typed);
        const digits = /^\s*(\d+)/.exec(typed)?.[1];
        onChange(digits ? Number(digits) : undefined);
      }}
      error={error}
    />
  );
}
