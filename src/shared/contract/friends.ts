import { z } from 'zod';

import { Envelope, FailAccount, requiredString, ResultItem, utf8String } from './common';
import { AddSource, FIELD_LIMITS } from './friend-add';
import { MAX_FRIEND_GROUPS } from './friend-groups';
import { idOf, listOf, objectOf, type SchemaMode, TagValue } from './schema-kit';

export const FRIEND_IMPORT_MAX_ITEMS = 1000;
export const FRIEND_DELETE_MAX_ACCOUNTS = 1000;
/** Undocumented cap; we take friend_import's 1000 (our decision). */
export const FRIEND_UPDATE_MAX_ITEMS = 1000;
/** Tencent recommends ≤ 100 accounts for friend_get_list; the console keeps to it, the emulator allows 1000. */
export const FRIEND_GET_LIST_RECOMMENDED = 100;
/** Tencent's limit: at most 20 custom friend fields (`Tag_SNS_Custom_*`, contract §5). */
export const SNS_CUSTOM_FIELDS_MAX = 20;
/**
 * Friend fields per friend_update item or friend_get_list call. Our decision, as Tencent
 * documents no cap: the standard friend fields and the custom ones fit with room to spare.
 */
export const SNS_TAGS_MAX = 100;

export const DeleteType = z.enum(['Delete_Type_Single', 'Delete_Type_Both'], {
  error: 'DeleteType must be Delete_Type_Single or Delete_Type_Both',
});
export type DeleteType = z.infer<typeof DeleteType>;

const groupName = utf8String('GroupName', { minBytes: 1, maxBytes: FIELD_LIMITS.GroupName });

const friendImport = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    AddFriendItem: listOf(
      objectOf(mode, {
        To_Account: idOf(mode, 'To_Account'),
        Remark:
          mode === 'request'
            ? utf8String('Remark', { maxBytes: FIELD_LIMITS.Remark }).optional()
            : z.string().optional(),
        RemarkTime: z.number().int().nonnegative().optional(),
        // friend_import takes an array of groups, unlike friend_add's single string.
        GroupName: listOf(
          mode === 'request' ? groupName : z.string(),
          'GroupName',
          MAX_FRIEND_GROUPS,
          'groups',
        ).optional(),
        AddSource: mode === 'request' ? AddSource : requiredString('AddSource'),
        AddWording:
          mode === 'request'
            ? utf8String('AddWording', { maxBytes: FIELD_LIMITS.AddWording }).optional()
            : z.string().optional(),
        AddTime: z.number().int().nonnegative().optional(),
        CustomItem: listOf(TagValue, 'CustomItem', SNS_CUSTOM_FIELDS_MAX, 'fields').optional(),
      }),
      'AddFriendItem',
      FRIEND_IMPORT_MAX_ITEMS,
    ),
  });
export const FriendImportRequest = friendImport('request');
export const FriendImportWireRequest = friendImport('wire');

const friendUpdate = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    UpdateItem: listOf(
      objectOf(mode, {
        To_Account: idOf(mode, 'To_Account'),
        SnsItem: listOf(TagValue, 'SnsItem', SNS_TAGS_MAX, 'fields'),
      }),
      'UpdateItem',
      FRIEND_UPDATE_MAX_ITEMS,
    ),
  });
export const FriendUpdateRequest = friendUpdate('request');
export const FriendUpdateWireRequest = friendUpdate('wire');

const friendDelete = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    To_Account: listOf(
      idOf(mode, 'To_Account'),
      'To_Account',
      FRIEND_DELETE_MAX_ACCOUNTS,
      'accounts',
    ),
    DeleteType: DeleteType.optional(),
  });
export const FriendDeleteRequest = friendDelete('request');
export const FriendDeleteWireRequest = friendDelete('wire');

const friendDeleteAll = (mode: SchemaMode) =>
  objectOf(mode, { From_Account: idOf(mode, 'From_Account'), DeleteType: DeleteType.optional() });
export const FriendDeleteAllRequest = friendDeleteAll('request');
export const FriendDeleteAllWireRequest = friendDeleteAll('wire');

const friendGet = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    StartIndex: z.number({ error: 'StartIndex must be a number' }).int().nonnegative(),
    StandardSequence: z.number().int().nonnegative().optional(),
    CustomSequence: z.number().int().nonnegative().optional(),
  });
export const FriendGetRequest = friendGet('request');
export const FriendGetWireRequest = friendGet('wire');

const friendGetList = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    To_Account: listOf(
      idOf(mode, 'To_Account'),
      'To_Account',
      mode === 'request' ? FRIEND_GET_LIST_RECOMMENDED : 1000,
      'accounts',
    ),
    TagList: listOf(requiredString('TagList[]'), 'TagList', SNS_TAGS_MAX, 'tags'),
  });
export const FriendGetListRequest = friendGetList('request');
export const FriendGetListWireRequest = friendGetList('wire');

export const FriendWriteResponse = Envelope.extend({
  ResultItem: z.array(ResultItem).optional(),
  Fail_Account: FailAccount,
});
export const FriendDeleteAllResponse = Envelope;

export const FriendGetResponse = Envelope.extend({
  UserDataItem: z
    .array(
      z.looseObject({
        To_Account: z.string(),
        // Absent when the sequences sent show the client already has this friend's data.
        ValueItem: z.array(z.looseObject({ Tag: z.string(), Value: z.unknown() })).optional(),
      }),
    )
    .optional(),
  StandardSequence: z.number().optional(),
  CustomSequence: z.number().optional(),
  FriendNum: z.number().optional(),
  CompleteFlag: z.number().optional(),
  NextStartIndex: z.number().optional(),
});
export type FriendGetResponse = z.infer<typeof FriendGetResponse>;

export const FriendGetListResponse = Envelope.extend({
  InfoItem: z
    .array(
      z.looseObject({
        To_Account: z.string(),
        SnsProfileItem: z.array(z.looseObject({ Tag: z.string(), Value: z.unknown() })).optional(),
        ResultCode: z.number(),
        ResultInfo: z.string(),
      }),
    )
    .optional(),
  Fail_Account: FailAccount,
});
