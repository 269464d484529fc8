import { Textarea, type TextareaProps } from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';

import { type FormFieldProps, textBinding } from './form-field';

/** A multi-line field of a react-hook-form form, with the field's translated error under it. */
export function FormTextarea<Values extends FieldValues, Transformed extends FieldValues = Values>({
  control,
  name,
  ...props
}: FormFieldProps<Values, Transformed> & Omit<TextareaProps, 'value' | 'onChange' | 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={(state) => <Textarea {...textBinding(state)} {...props} />}
    />
  );
}
