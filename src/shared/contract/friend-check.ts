import { z } from 'zod';

import { accountId, Envelope, FailAccount, requiredString } from './common';

export const CHECK_TYPES = ['CheckResult_Type_Both', 'CheckResult_Type_Single'] as const;
export const CheckType = z.enum(CHECK_TYPES, {
  error: 'CheckType must be CheckResult_Type_Both or CheckResult_Type_Single',
});
export type CheckType = z.infer<typeof CheckType>;

export const RELATIONS = [
  'CheckResult_Type_BothWay',
  'CheckResult_Type_AWithB',
  'CheckResult_Type_BWithA',
  'CheckResult_Type_NoRelation',
] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

export const FRIEND_CHECK_MAX_ACCOUNTS = 1000;

const toAccountList = (item: z.ZodType<string>) =>
  z
    .array(item, { error: 'To_Account must be an array of UserIDs' })
    .min(1, { message: 'To_Account needs at least one account' })
    .max(FRIEND_CHECK_MAX_ACCOUNTS, {
      message: `To_Account has more than ${FRIEND_CHECK_MAX_ACCOUNTS} accounts; the limit is ${FRIEND_CHECK_MAX_ACCOUNTS} per call`,
    });

export const FriendCheckRequest = z.strictObject({
  From_Account: accountId('From_Account'),
  To_Account: toAccountList(accountId('To_Account')),
  CheckType,
});
export type FriendCheckRequest = z.infer<typeof FriendCheckRequest>;

/** Request-level checks of the service (D18); a malformed To_Account fails only its item. */
export const FriendCheckWireRequest = z.object({
  From_Account: requiredString('From_Account'),
  To_Account: toAccountList(requiredString('To_Account[]')),
  CheckType,
});

export const InfoItem = z.looseObject({
  To_Account: z.string(),
  Relation,
  ResultCode: z.number().int(),
  ResultInfo: z.string(),
});
export type InfoItem = z.infer<typeof InfoItem>;

export const FriendCheckResponse = Envelope.extend({
  InfoItem: z.array(InfoItem).optional(),
  Fail_Account: FailAccount,
});
export type FriendCheckResponse = z.infer<typeof FriendCheckResponse>;
