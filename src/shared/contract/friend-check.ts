import { z } from 'zod';

import { Envelope, FailAccount } from './common';
import { idOf, listOf, objectOf, type SchemaMode } from './schema-kit';

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

const friendCheck = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    // A malformed To_Account fails only its item on the wire (D18).
    To_Account: listOf(
      idOf(mode, 'To_Account', 'To_Account[]'),
      'To_Account',
      FRIEND_CHECK_MAX_ACCOUNTS,
      'accounts',
      { one: 'account', of: 'UserIDs' },
    ),
    CheckType,
  });
export const FriendCheckRequest = friendCheck('request');
export type FriendCheckRequest = z.infer<typeof FriendCheckRequest>;
export const FriendCheckWireRequest = friendCheck('wire');

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
