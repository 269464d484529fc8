import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import { translatedZodResolver } from '@/shared/i18n/zod-resolver';

import { labelPreview, type Preview } from './api/check-first';
import { type CheckFirstInput, friendAddQueries } from './api/friend-add-queries';
import {
  type FriendAddFormValues,
  FriendAddFormSchema,
  type FriendAddRun,
} from './friend-add-form-schema';
import { type AddRow, formatRows, parseRows, rowProblems, SHARED_FIELDS } from './friend-add-rows';

/** The form, its rows as typed, the row edits and "Check first" (a read, asked for by a click). */
export function useFriendAddForm(defaultValues: FriendAddFormValues) {
  const form = useForm<FriendAddFormValues, unknown, FriendAddRun>({
    resolver: translatedZodResolver(FriendAddFormSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const values = useWatch({ control: form.control }) as FriendAddFormValues;
  // The box as it reads now, for the rows table; submitting goes through the schema instead.
  const parsed = useMemo(() => parseRows(values.To_Account), [values.To_Account]);
  const problems = useMemo(
    () => rowProblems(parsed.rows, values.From_Account),
    [parsed.rows, values.From_Account],
  );
  const [checkInput, setCheckInput] = useState<CheckFirstInput>();
  const check = useQuery({
    ...friendAddQueries.checkFirst(checkInput ?? { from: '', accounts: [] }),
    enabled: checkInput !== undefined,
  });
  // A check speaks for the From_Account it was made for; Force only relabels its rows.
  const current = checkInput?.from === values.From_Account;
  const facts = current ? check.data : undefined;
  const preview: Preview | undefined = useMemo(
    () => facts && labelPreview(facts, values.ForceAddFlags),
    [facts, values.ForceAddFlags],
  );

  const rewriteRows = (rows: AddRow[]) =>
    form.setValue('To_Account', formatRows({ ...parsed, rows }), {
      shouldValidate: form.formState.isSubmitted,
    });
  const keepRows = (keep: (row: AddRow, index: number) => boolean) =>
    rewriteRows(parsed.rows.filter(keep));

  return {
    form,
    values,
    parsed,
    problems,
    check: { isFetching: check.isFetching, error: current ? check.error : null },
    preview,
    checkFirst: form.handleSubmit((run) => {
      const input = {
        from: run.From_Account,
        accounts: run.AddFriendItem.map((item) => item.To_Account),
      };
      if (JSON.stringify(input) === JSON.stringify(checkInput)) void check.refetch();
      else setCheckInput(input);
    }),
    /** A run changes what a check read, so its labels go once one is sent. */
    forgetCheck: () => setCheckInput(undefined),
    /** "Apply to all rows": the form's filled-in fields fill that column in every row. */
    applyToAll: () => {
      const applied = SHARED_FIELDS.filter((field) => values[field] !== '');
      rewriteRows(
        parsed.rows.map((row) => {
          const filled = { ...row };
          for (const field of applied)
            if (parsed.columns.includes(field)) filled[field] = values[field];
          return filled;
        }),
      );
    },
    removeRow: (index: number) => keepRows((_, row) => row !== index),
    removeInvalid: () => keepRows((_, index) => (problems[index] ?? []).length === 0),
    keepReady: () =>
      keepRows(
        (row, index) =>
          (problems[index] ?? []).length === 0 &&
          preview?.rows.get(row.To_Account)?.label === 'ready',
      ),
  };
}
