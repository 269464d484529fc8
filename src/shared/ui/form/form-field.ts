import type {
  Control,
  ControllerFieldState,
  ControllerRenderProps,
  FieldPath,
  FieldValues,
} from 'react-hook-form';

/** Which field of which form a wrapper binds. */
export interface FormFieldProps<
  Values extends FieldValues,
  Transformed extends FieldValues = Values,
> {
  control: Control<Values, unknown, Transformed>;
  name: FieldPath<Values>;
}

interface FieldState<Values extends FieldValues> {
  field: ControllerRenderProps<Values>;
  fieldState: ControllerFieldState;
}

/**
 * What any Mantine input takes from a field: its name, focus and blur, and its error, already
 * translated by the form's resolver. A wrapper's own `error` prop may override it.
 */
export function fieldBinding<Values extends FieldValues>({
  field,
  fieldState,
}: FieldState<Values>) {
  return {
    error: fieldState.error?.message,
    ref: field.ref,
    name: field.name,
    onBlur: field.onBlur,
  };
}

/** A text input's binding: the value ('' for none) and its change events besides. */
export function textBinding<Values extends FieldValues>(state: FieldState<Values>) {
  return {
    ...fieldBinding(state),
    value: (state.field.value as string | undefined) ?? '',
    onChange: state.field.onChange,
  };
}
