import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';

import { fieldBinding, type FormFieldProps } from './form-field';

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
}: FormFieldProps<Values, Transformed> & Omit<NumberInputProps, 'value' | 'onChange' | 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={(state) => (
        <NumberInput
          allowDecimal={false}
          {...fieldBinding(state)}
          {...props}
          value={(state.field.value as number | undefined) ?? ''}
          onChange={(value) => state.field.onChange(typeof value === 'number' ? value : undefined)}
        />
      )}
    />
  );
}
