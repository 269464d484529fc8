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
    const accounts = parseAccountList(values.To_Account);
    if (accounts.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['To_Account'],
        message: 'To_Account needs at least one account',
      });
      return;
    }
    const seen = new Set<string>();
    const problems: string[] = [];
    accounts.forEach((account, index) => {
      const parsed = toAccount.safeParse(account);
      if (!parsed.success) problems.push(`Row ${index + 1}: ${parsed.error.issues[0]?.message}`);
      else if (account === values.From_Account)
        problems.push(`Row ${index + 1}: ${account} is the From_Account itself`);
      else if (seen.has(account)) problems.push(`Row ${index + 1}: ${account} is listed twice`);
      seen.add(account);
    });
    if (problems.length > 0) {
      const shown = problems.slice(0, 3).join('; ');
      const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
      ctx.addIssue({ code: 'custom', path: ['To_Account'], message: `${shown}${more}` });
    }
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
 * The calls the form asks for: one friend_add per 1000 accounts (decision D1). `accounts`
 * narrows them to some of the listed accounts, as "Retry failed" does.
 */
export function toFriendAddRequests(
  values: FriendAddFormValues,
  accounts: readonly string[] = parseAccountList(values.To_Account),
): FriendAddRequest[] {
  const optional = (text: string) => (text === '' ? {} : undefined);
  const items = accounts.map((To_Account) => ({
    To_Account,
    AddSource: values.AddSource,
    ...(optional(values.Remark) ?? { Remark: values.Remark }),
    ...(optional(values.GroupName) ?? { GroupName: values.GroupName }),
    ...(optional(values.AddWording) ?? { AddWording: values.AddWording }),
  }));
  return chunk(items, FRIEND_ADD_MAX_ITEMS).map((AddFriendItem) => ({
    From_Account: values.From_Account,
    AddFriendItem,
    AddType: values.AddType,
    ForceAddFlags: values.ForceAddFlags ? 1 : 0,
  }));
}
