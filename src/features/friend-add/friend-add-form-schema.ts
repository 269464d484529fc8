import { z } from 'zod';

import { accountId } from '@/shared/contract/common';
import {
  AddFriendItem,
  AddSource,
  AddType,
  DEFAULT_ADD_SOURCE,
  FRIEND_ADD_MAX_ITEMS,
  type FriendAddRequest,
} from '@/shared/contract/friend-add';
import { chunk } from '@/shared/lib/chunk';

import { parseAccountList } from '@/shared/lib/account-list';
import { summarizeProblems } from '@/shared/lib/problem-summary';

import { type AddRow, parseRows, SHARED_FIELDS, toAddFriendItem } from './friend-add-rows';

const toAccount = accountId('To_Account');
const shared = AddFriendItem.pick({ Remark: true, AddWording: true }).shape;

/** The form's fields: the contract's, plus a textarea of accounts parsed into AddFriendItem rows. */
export const FriendAddFormSchema = z
  .object({
    From_Account: accountId('From_Account'),
    To_Account: z.string(),
    Remark: shared.Remark.unwrap(),
    GroupName: z.string(),
    AddSource,
    AddWording: shared.AddWording.unwrap(),
    AddType,
    ForceAddFlags: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const { rows, problems } = parseRows(values.To_Account);
    if (rows.length === 0 && problems.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['To_Account'],
        message: 'To_Account needs at least one account',
      });
      return;
    }
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const where = `Row ${index + 1}`;
      const parsed = toAccount.safeParse(row.To_Account);
      if (!parsed.success) problems.push(`${where}: ${parsed.error.issues[0]?.message}`);
      else if (row.To_Account === values.From_Account)
        problems.push(`${where}: ${row.To_Account} is the From_Account itself`);
      else if (seen.has(row.To_Account))
        problems.push(`${where}: ${row.To_Account} is listed twice`);
      seen.add(row.To_Account);
      // Only a row's own cells are checked here; the shared fields report on themselves.
      for (const field of SHARED_FIELDS) {
        const own = row[field];
        if (own === undefined) continue;
        const checked = AddFriendItem.shape[field].safeParse(own);
        if (!checked.success) problems.push(`${where}: ${checked.error.issues[0]?.message}`);
      }
    });
    const message = summarizeProblems(problems);
    if (message) ctx.addIssue({ code: 'custom', path: ['To_Account'], message });
    if (values.GroupName !== '') {
      const group = AddFriendItem.shape.GroupName.safeParse(values.GroupName);
      if (!group.success) {
        ctx.addIssue({
          code: 'custom',
          path: ['GroupName'],
          message: group.error.issues[0]?.message ?? 'invalid',
        });
      }
    }
  });

export type FriendAddFormValues = z.input<typeof FriendAddFormSchema>;

/** A link such as /add?from=alice&to=bob,carol&type=both&force=1 prefills the form; it never sends. */
export function valuesFromLink(params: URLSearchParams): FriendAddFormValues {
  return {
    ...DEFAULT_FORM_VALUES,
    From_Account: params.get('from') ?? '',
    To_Account: parseAccountList(params.get('to') ?? '').join('\n'),
    AddType: params.get('type') === 'single' ? 'Add_Type_Single' : 'Add_Type_Both',
    ForceAddFlags: params.get('force') === '1',
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

/**
 * The calls the form asks for: one friend_add per 1000 rows (decision D1). `rows` narrows them
 * to some of the listed rows, as "Retry failed" does.
 */
export function toFriendAddRequests(
  values: FriendAddFormValues,
  rows: readonly AddRow[] = parseRows(values.To_Account).rows,
): FriendAddRequest[] {
  const items = rows.map((row) => toAddFriendItem(row, values));
  return chunk(items, FRIEND_ADD_MAX_ITEMS).map((AddFriendItem) => ({
    From_Account: values.From_Account,
    AddFriendItem,
    AddType: values.AddType,
    ForceAddFlags: values.ForceAddFlags ? 1 : 0,
  }));
}
