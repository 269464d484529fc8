import i18next from 'i18next';
import { z } from 'zod';

import { accountId } from '@/shared/contract/common';
import {
  AddFriendItem,
  AddSource,
  AddType,
  DEFAULT_ADD_SOURCE,
} from '@/shared/contract/friend-add';
import { FriendAddRunRequest } from '@/shared/contract/runs';

import { readAddFriendsLink } from '@/shared/lib/links';
import { issueMessage } from '@/shared/i18n';
import { summarizeProblems } from '@/shared/lib/problem-summary';

import {
  type AddRow,
  formatRows,
  parseRows,
  rowProblems,
  SHARED_FIELDS,
  toAddFriendItem,
} from './friend-add-rows';

const shared = AddFriendItem.pick({ Remark: true, AddWording: true }).shape;

/**
 * The form's fields: the contract's, plus a textarea of accounts. The textarea is read into rows
 * once, here; a valid form comes out as the run it asks for (z.output), so nothing reads it again.
 */
export const FriendAddFormSchema = z
  .object({
    From_Account: accountId('From_Account'),
    To_Account: z.string().transform(parseRows),
    Remark: shared.Remark.unwrap(),
    GroupName: z.string(),
    AddSource,
    AddWording: shared.AddWording.unwrap(),
    AddType,
    ForceAddFlags: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const { rows, problems } = values.To_Account;
    if (rows.length === 0 && problems.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['To_Account'],
        message: i18next.t('friendAdd:rows.noAccounts'),
      });
      return;
    }
    const rowMessages = rowProblems(rows, values.From_Account).flatMap((own, index) =>
      own.map((problem) => i18next.t('friendAdd:rows.cells', { row: index + 1, problem })),
    );
    const message = summarizeProblems([...problems, ...rowMessages], 3, (count) =>
      i18next.t('common:andMore', { count }),
    );
    if (message) ctx.addIssue({ code: 'custom', path: ['To_Account'], message });
    if (values.GroupName !== '') {
      const group = AddFriendItem.shape.GroupName.safeParse(values.GroupName);
      if (!group.success) {
        ctx.addIssue({
          code: 'custom',
          path: ['GroupName'],
          message: group.error.issues[0]
            ? issueMessage(group.error.issues[0], values.GroupName)
            : 'invalid',
        });
      }
    }
  })
  /** The run the form asks for: the proxy cuts it into calls of up to 1000 (decision D1). */
  .transform((values): FriendAddRun => ({
    kind: 'friend_add',
    From_Account: values.From_Account,
    AddFriendItem: values.To_Account.rows.map((row) => toAddFriendItem(row, values)),
    AddType: values.AddType,
    ForceAddFlags: values.ForceAddFlags ? 1 : 0,
  }));

export type FriendAddFormValues = z.input<typeof FriendAddFormSchema>;
export type FriendAddRun = z.output<typeof FriendAddRunRequest>;

/** A link such as /add?from=alice&to=bob,carol&type=both&force=1 prefills the form; it never sends. */
export function valuesFromLink(params: URLSearchParams): FriendAddFormValues {
  const link = readAddFriendsLink(params);
  return {
    ...DEFAULT_FORM_VALUES,
    From_Account: link.from,
    To_Account: link.to.join('\n'),
    AddType: link.type === 'single' ? 'Add_Type_Single' : 'Add_Type_Both',
    ForceAddFlags: link.force,
  };
}

export const DEFAULT_FORM_VALUES: FriendAddFormValues = {
  From_Account: '',
  To_Account: '',
  Remark: '',
  GroupName: '',
  AddSource: DEFAULT_ADD_SOURCE,
  AddWording: '',
  AddType: 'Add_Type_Both',
  ForceAddFlags: false,
};

/** The form as a stored run was sent, so that a run opened from a link can be sent again. */
export function valuesFromRun(request: Record<string, unknown>): FriendAddFormValues | undefined {
  const parsed = FriendAddRunRequest.safeParse(request);
  if (!parsed.success) return undefined;
  const { From_Account, AddFriendItem: items, AddType: addType, ForceAddFlags } = parsed.data;
  // A value every item shares goes back into its field; values that differ stay per row.
  const shared = { Remark: '', GroupName: '', AddSource: DEFAULT_ADD_SOURCE, AddWording: '' };
  const columns = SHARED_FIELDS.filter((field) => {
    const values = new Set(items.map((item) => item[field] ?? ''));
    if (values.size > 1) return true;
    shared[field] = [...values][0] || shared[field];
    return false;
  });
  const rows = items.map((item) => {
    const row: AddRow = { To_Account: item.To_Account };
    for (const field of columns) if (item[field] !== undefined) row[field] = item[field];
    return row;
  });
  return {
    ...DEFAULT_FORM_VALUES,
    ...shared,
    From_Account,
    To_Account: formatRows({ rows, columns, delimiter: '\t' }),
    AddType: addType ?? 'Add_Type_Both',
    ForceAddFlags: ForceAddFlags === 1,
  };
}
