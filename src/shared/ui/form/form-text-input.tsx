import { TextInput, type TextInputProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';

import { type FormFieldProps, textBinding } from './form-field';

/** A text field of a react-hook-form form, with the field's translated error under it. */
export function FormTextInput<
  Values extends FieldValues,
  Transformed extends FieldValues = Values,
>({
  control,
  name,
  ...props
}: FormFieldProps<Values, Transformed> & Omit<TextInputProps, 'value' | 'onChange' | 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={(state) => <TextInput {...textBinding(state)} {...props} />}
    />
  );
}
