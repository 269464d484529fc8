import { Select, type SelectProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';

import { fieldBinding, type FormFieldProps } from './form-field';

/** A select of a react-hook-form form, with the field's translated error under it. */
export function FormSelect<Values extends FieldValues, Transformed extends FieldValues = Values>({
  control,
  name,
  onValueChange,
  ...props
}: FormFieldProps<Values, Transformed> & {
  /** Called after the field took the new value, for fields that depend on it. */
  onValueChange?: (value: string | null) => void;
} & Omit<SelectProps, 'value' | 'onChange' | 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={(state) => (
        <Select
          allowDeselect={false}
          {...fieldBinding(state)}
          {...props}
          value={(state.field.value as string | null | undefined) || null}
          onChange={(value) => {
            state.field.onChange(value ?? '');
            onValueChange?.(value);
          }}
        />
      )}
    />
  );
}
