import { Select, type SelectProps } from '@mantine/core';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';

/** A select of a react-hook-form form, with the field's translated error under it. */
export function FormSelect<Values extends FieldValues, Transformed extends FieldValues = Values>({
  control,
  name,
  onValueChange,
  ...props
}: {
  control: Control<Values, unknown, Transformed>;
  name: FieldPath<Values>;
  /** Called after the field took the new value, for fields that depend on it. */
  onValueChange?: (value: string | null) => void;
} & Omit<SelectProps, 'value' | 'onChange' | 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          allowDeselect={false}
          error={fieldState.error?.message}
          {...props}
          value={(field.value as string | null | undefined) || null}
          onChange={(value) => {
            field.onChange(value ?? '');
            onValueChange?.(value);
          }}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
