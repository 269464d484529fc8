import { NumberInput, type NumberInputProps } from '@mantine/core';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A whole-number field of a react-hook-form form: empty is `undefined`, never 0 or '', and the
 * field's error (already translated by the form's resolver) shows under it.
 */
export function FormNumberInput<
  Values extends FieldValues,
  Transformed extends FieldValues = Values,
>({
  control,
  name,
  ...props
}: { control: Control<Values, unknown, Transformed>; name: FieldPath<Values> } & Omit<
  NumberInputProps,
  'value' | 'onChange' | 'name'
>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          allowDecimal={false}
          error={fieldState.error?.message}
          {...props}
          value={(field.value as number | undefined) ?? ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
