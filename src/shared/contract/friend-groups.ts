import { z } from 'zod';

import { Envelope, FailAccount, requiredString, ResultItem, utf8String } from './common';
import { FIELD_LIMITS } from './friend-add';
import { idOf, listOf, objectOf, type SchemaMode } from './schema-kit';

/** Decision D19: at most 32 friend groups per account. */
export const MAX_FRIEND_GROUPS = 32;
/** Our decision (contract §9.12: undocumented): group_add files at most 1000 friends per call. */
export const GROUP_ADD_MAX_ACCOUNTS = 1000;

const groupNames = (mode: SchemaMode) =>
  listOf(
    mode === 'request'
      ? utf8String('GroupName', { minBytes: 1, maxBytes: FIELD_LIMITS.GroupName })
      : requiredString('GroupName[]'),
    'GroupName',
    MAX_FRIEND_GROUPS,
    'groups',
  );

const groupAdd = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    GroupName: groupNames(mode),
    To_Account: listOf(
      idOf(mode, 'To_Account'),
      'To_Account',
      GROUP_ADD_MAX_ACCOUNTS,
      'accounts',
    ).optional(),
  });
export const GroupAddRequest = groupAdd('request');
export const GroupAddWireRequest = groupAdd('wire');

const groupDelete = (mode: SchemaMode) =>
  objectOf(mode, { From_Account: idOf(mode, 'From_Account'), GroupName: groupNames(mode) });
export const GroupDeleteRequest = groupDelete('request');
export const GroupDeleteWireRequest = groupDelete('wire');

const groupGet = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    NeedFriend: z
      .enum(['Need_Friend_Type_Yes', 'Need_Friend_Type_No'], {
        error: 'NeedFriend must be Need_Friend_Type_Yes',
      })
      .optional(),
    LastSequence: z.number().int().nonnegative().optional(),
    // The mainland page: at most 32 groups exist, so a request names at most 32.
    GroupName: listOf(
      requiredString('GroupName[]'),
      'GroupName',
      MAX_FRIEND_GROUPS,
      'groups',
    ).optional(),
  });
export const GroupGetRequest = groupGet('request');
export const GroupGetWireRequest = groupGet('wire');

export const GroupAddResponse = Envelope.extend({
  CurrentSequence: z.number().optional(),
  ResultItem: z.array(ResultItem).optional(),
  Fail_Account: FailAccount,
});
export const GroupDeleteResponse = Envelope.extend({ CurrentSequence: z.number().optional() });
export const GroupGetResponse = Envelope.extend({
  ResultItem: z
    .array(
      z.looseObject({
        GroupName: z.string(),
        FriendNumber: z.number(),
        To_Account: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  CurrentSequence: z.number().optional(),
});
