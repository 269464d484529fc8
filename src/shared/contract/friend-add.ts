import { z } from 'zod';

import { accountId, Envelope, FailAccount, requiredString, ResultItem, utf8String } from './common';
import { idOf, listOf, objectOf, type SchemaMode } from './schema-kit';

export const ADD_TYPES = ['Add_Type_Both', 'Add_Type_Single'] as const;
export const AddType = z.enum(ADD_TYPES, {
  error: 'AddType must be Add_Type_Both or Add_Type_Single',
});
export type AddType = z.infer<typeof AddType>;

/** Decision D1 (seed page): at most 1000 items per friend_add call. */
export const FRIEND_ADD_MAX_ITEMS = 1000;

export const ADD_SOURCE_PREFIX = 'AddSource_Type_';
/** Decision D2: the prefix plus 1–8 ASCII letters. */
export const ADD_SOURCE_PATTERN = /^AddSource_Type_[A-Za-z]{1,8}$/;
export const DEFAULT_ADD_SOURCE = 'AddSource_Type_Console';

export const FIELD_LIMITS = {
  Remark: 96,
  GroupName: 30,
  AddWording: 256,
} as const;

export const AddSource = requiredString('AddSource').regex(ADD_SOURCE_PATTERN, {
  message: 'AddSource must be AddSource_Type_ followed by 1–8 ASCII letters',
});

/** One account to add, with decision D3's limits in UTF-8 bytes. */
export const AddFriendItem = z.strictObject({
  To_Account: accountId('To_Account'),
  // Decision D2: optional on the wire (seed page); the console always fills it.
  AddSource: AddSource.optional(),
  Remark: utf8String('Remark', { maxBytes: FIELD_LIMITS.Remark }).optional(),
  // friend_add takes a single group name (String), unlike friend_import's array.
  GroupName: utf8String('GroupName', { minBytes: 1, maxBytes: FIELD_LIMITS.GroupName }).optional(),
  AddWording: utf8String('AddWording', { maxBytes: FIELD_LIMITS.AddWording }).optional(),
});
export type AddFriendItem = z.infer<typeof AddFriendItem>;

export const ForceAddFlags = z.union([z.literal(0), z.literal(1)], {
  error: 'ForceAddFlags must be 0 or 1',
});

/**
 * The whole request. On the wire (decision D18) missing fields, wrong types, bad enums and the
 * item cap fail the request; per-item limits fail only their item (D3), so an item needs only
 * its To_Account there.
 */
const friendAdd = <Item extends z.ZodType>(mode: SchemaMode, item: Item) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    AddFriendItem: listOf(item, 'AddFriendItem', FRIEND_ADD_MAX_ITEMS, 'items', { one: 'item' }),
    AddType: AddType.optional(),
    ForceAddFlags: ForceAddFlags.optional(),
  });
export const FriendAddRequest = friendAdd('request', AddFriendItem);
export type FriendAddRequest = z.infer<typeof FriendAddRequest>;
export const FriendAddWireRequest = friendAdd(
  'wire',
  z.looseObject({ To_Account: requiredString('AddFriendItem[].To_Account') }),
);

export const FriendAddResponse = Envelope.extend({
  ResultItem: z.array(ResultItem).optional(),
  Fail_Account: FailAccount,
});
export type FriendAddResponse = z.infer<typeof FriendAddResponse>;
