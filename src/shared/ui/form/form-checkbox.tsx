import { Checkbox, type CheckboxProps } from '@mantine/core';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';

/** A yes/no field of a react-hook-form form. */
export function FormCheckbox<Values extends FieldValues, Transformed extends FieldValues = Values>({
  control,
  name,
  ...props
}: { control: Control<Values, unknown, Transformed>; name: FieldPath<Values> } & Omit<
  CheckboxProps,
  'checked' | 'onChange' | 'name'
>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Checkbox
          error={fieldState.error?.message}
          {...props}
          ref={field.ref}
          name={field.name}
          checked={Boolean(field.value)}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
