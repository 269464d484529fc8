import { Autocomplete, Group } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import type { FaultRuleInput } from '@/shared/contract/emulator-control';
import { endpoints } from '@/shared/contract/endpoints';
import { FormNumberInput } from '@/shared/ui/form/form-number-input';
import { FormSelect } from '@/shared/ui/form/form-select';
import { FormTextInput } from '@/shared/ui/form/form-text-input';
import { translatedZodResolver } from '@/shared/i18n/zod-resolver';
import { WriteButton } from '@/shared/ui/write-guard';

import { CODE_LABELS } from '../fault-words';
import { en } from '../i18n/en';

const FAULT_KINDS = ['resultCode', 'errorCode', 'httpStatus', 'latencyMs'] as const;
type FaultKind = (typeof FAULT_KINDS)[number];
const isCode = (kind: FaultKind) => kind === 'resultCode' || kind === 'errorCode';

/** A missing field's issue: English for the record, keyed so the form words it per language. */
const missing = (field: 'api' | 'value', key: 'apiRequired' | 'valueRequired') => ({
  code: 'custom' as const,
  path: [field],
  message: en.form[key],
  params: { i18n: { key: `emulatorPanel:form.${key}`, values: {} } },
});

const FaultForm = z
  .object({
    api: z.string(),
    from: z.string(),
    to: z.string(),
    kind: z.enum(FAULT_KINDS),
    value: z.number().int().positive().optional(),
    times: z.number().int().positive().optional(),
  })
  .superRefine(({ api, value }, ctx) => {
    if (api === '') ctx.addIssue(missing('api', 'apiRequired'));
    if (value === undefined) ctx.addIssue(missing('value', 'valueRequired'));
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
  const { t } = useTranslation('emulatorPanel');
  const form = useForm<FaultForm>({
    resolver: translatedZodResolver(FaultForm),
    defaultValues: { api: 'v4/sns/friend_add', from: '', to: '', kind: 'resultCode' },
  });
  const { errors } = form.formState;
  const valueError = errors.value?.message;
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
      aria-label={t('form.label')}
      data-testid="fault-form"
    >
      <Group align="flex-start" gap="xs" wrap="wrap">
        <FormSelect
          control={form.control}
          name="api"
          label={t('form.api')}
          data-testid="fault-api"
          data={API_OPTIONS}
          searchable
          w={190}
        />
        <FormTextInput
          control={form.control}
          name="from"
          label={t('form.from')}
          placeholder={t('form.any')}
          w={100}
          data-testid="fault-from"
        />
        <FormTextInput
          control={form.control}
          name="to"
          label={t('form.to')}
          placeholder={t('form.any')}
          w={100}
          data-testid="fault-to"
        />
        <FormSelect
          control={form.control}
          name="kind"
          label={t('form.fault')}
          data-testid="fault-kind"
          data={FAULT_KINDS.map((value) => ({ value, label: t(`form.kinds.${value}`) }))}
          // Wide enough for "ResultCode (per account)", with the Add button still on the row at 1366.
          w={240}
          onValueChange={() => form.setValue('value', undefined as never)}
        />
        {isCode(kind) ? (
          <Controller
            control={form.control}
            name="value"
            render={({ field }) => (
              <CodeInput key={`${kind}-${added}`} onChange={field.onChange} error={valueError} />
            )}
          />
        ) : (
          <FormNumberInput
            control={form.control}
            name="value"
            label={t('form.value')}
            data-testid="fault-value"
            placeholder={kind === 'httpStatus' ? '503' : '200'}
            w={110}
          />
        )}
        <FormNumberInput
          control={form.control}
          name="times"
          label={t('form.times')}
          data-testid="fault-times"
          placeholder={t('form.noLimit')}
          w={100}
        />
        <WriteButton
          readOnlyReason={readOnlyReason}
          type="submit"
          mt={25}
          loading={adding}
          data-testid="add-fault"
        >
          {t('form.add')}
        </WriteButton>
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
  const { t } = useTranslation('emulatorPanel');
  const [text, setText] = useState('');
  return (
    <Autocomplete
      label={t('form.value')}
      data-testid="fault-value"
      placeholder={t('form.codePlaceholder')}
      data={CODE_LABELS}
      limit={50}
      w={170}
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
