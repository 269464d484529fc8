import { z } from 'zod';

import { accountId } from '@/shared/contract/common';
import {
  AddFriendItem,
  AddSource,
  AddType,
  DEFAULT_ADD_SOURCE,
} from '@/shared/contract/friend-add';
import { FriendAddRunRequest, type RunRequest } from '@/shared/contract/runs';

import { parseAccountList } from '@/shared/lib/account-list';
import { summarizeProblems } from '@/shared/lib/problem-summary';

import {
  type AddRow,
  formatRows,
  parseRows,
  SHARED_FIELDS,
  toAddFriendItem,
} from './friend-add-rows';

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

/** The run the form asks for: the proxy cuts it into calls of up to 1000 (decision D1). */
export function toFriendAddRun(values: FriendAddFormValues): RunRequest {
  return {
    kind: 'friend_add',
    From_Account: values.From_Account,
    AddFriendItem: parseRows(values.To_Account).rows.map((row) => toAddFriendItem(row, values)),
    AddType: values.AddType,
    ForceAddFlags: values.ForceAddFlags ? 1 : 0,
  };
}

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
