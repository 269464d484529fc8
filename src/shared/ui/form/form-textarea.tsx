import { Textarea, type TextareaProps } from '@mantine/core';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';

/** A multi-line field of a react-hook-form form, with the field's translated error under it. */
export function FormTextarea<Values extends FieldValues, Transformed extends FieldValues = Values>({
  control,
  name,
  ...props
}: { control: Control<Values, unknown, Transformed>; name: FieldPath<Values> } & Omit<
  TextareaProps,
  'value' | 'onChange' | 'name'
>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Textarea
          error={fieldState.error?.message}
          {...props}
          ref={field.ref}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
