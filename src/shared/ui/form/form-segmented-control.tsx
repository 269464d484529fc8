import {
  Input,
  SegmentedControl,
  type SegmentedControlItem,
  type InputWrapperProps,
} from '@mantine/core';
import { Controller, type FieldValues } from 'react-hook-form';

import type { FormFieldProps } from './form-field';

/** A one-of-a-few field of a react-hook-form form, labelled like the other fields. */
export function FormSegmentedControl<
  Values extends FieldValues,
  Transformed extends FieldValues = Values,
>({
  control,
  name,
  data,
  ...wrapper
}: FormFieldProps<Values, Transformed> & {
  data: SegmentedControlItem[];
} & Pick<InputWrapperProps, 'label' | 'description'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Input.Wrapper {...wrapper} error={fieldState.error?.message}>
          <SegmentedControl
            mt={6}
            fullWidth
            name={field.name}
            value={field.value as string}
            onChange={field.onChange}
            data={data}
          />
        </Input.Wrapper>
      )}
    />
  );
}
