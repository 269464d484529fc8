import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import { type CheckFirstInput, friendAddQueries } from './api/friend-add-queries';
import type { Preview } from './api/check-first';
import { FriendAddFormSchema, type FriendAddFormValues } from './friend-add-form-schema';
import { type AddRow, formatRows, parseRows, SHARED_FIELDS } from './friend-add-rows';

/** The form, its parsed rows, the row edits and "Check first" (a read, asked for by a click). */
export function useFriendAddForm(defaultValues: FriendAddFormValues) {
  const form = useForm<FriendAddFormValues>({
    resolver: zodResolver(FriendAddFormSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const values = useWatch({ control: form.control }) as FriendAddFormValues;
  const parsed = useMemo(() => parseRows(values.To_Account), [values.To_Account]);
  const [checkInput, setCheckInput] = useState<CheckFirstInput>();
  const check = useQuery({
    ...friendAddQueries.checkFirst(checkInput ?? { from: '', accounts: [], force: false }),
    enabled: checkInput !== undefined,
  });
  // A preview speaks for the From_Account and force flag it was made with, nothing else.
  const preview: Preview | undefined =
    check.data?.from === values.From_Account && check.data.force === values.ForceAddFlags
      ? check.data
      : undefined;

  const rewriteRows = (rows: AddRow[], columns = parsed.columns) =>
    form.setValue('To_Account', formatRows({ ...parsed, rows, columns }), {
      shouldValidate: form.formState.isSubmitted,
    });

  return {
    form,
    values,
    parsed,
    check,
    preview,
    checkFirst: form.handleSubmit((checked) => {
      const input = {
        from: checked.From_Account,
        accounts: parseRows(checked.To_Account).rows.map((row) => row.To_Account),
        force: checked.ForceAddFlags,
      };
      if (JSON.stringify(input) === JSON.stringify(checkInput)) void check.refetch();
      else setCheckInput(input);
    }),
    /** "Apply to all rows": the rows' own values give way to the form's filled-in fields. */
    applyToAll: () => {
      const applied = SHARED_FIELDS.filter((field) => values[field] !== '');
      rewriteRows(
        parsed.rows.map((row) => {
          const kept = { ...row };
          for (const field of applied) delete kept[field];
          return kept;
        }),
        parsed.columns.filter((column) => !applied.includes(column)),
      );
    },
    removeRow: (index: number) => rewriteRows(parsed.rows.filter((_, row) => row !== index)),
    keepReady: () =>
      rewriteRows(
        parsed.rows.filter((row) => preview?.rows.get(row.To_Account)?.label === 'ready'),
      ),
  };
}
