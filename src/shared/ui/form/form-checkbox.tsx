import { Checkbox, type CheckboxProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';

import { type FormFieldProps, fieldBinding } from './form-field';

/** A yes/no field of a react-hook-form form. */
export function FormCheckbox<Values extends FieldValues, Transformed extends FieldValues = Values>({
  control,
  name,
  ...props
}: FormFieldProps<Values, Transformed> & Omit<CheckboxProps, 'checked' | 'onChange' | 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={(state) => (
        <Checkbox
          {...fieldBinding(state)}
          {...props}
          checked={Boolean(state.field.value)}
          onChange={(event) => state.field.onChange(event.currentTarget.checked)}
        />
      )}
    />
  );
}
