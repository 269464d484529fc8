import { z } from 'zod';

import { utf8String } from '@/shared/contract/common';
import { endpoints } from '@/shared/contract/endpoints';
import { RESULT_INFO } from '@/shared/contract/error-codes';
import { ADD_SOURCE_PATTERN, FIELD_LIMITS } from '@/shared/contract/friend-add';

import { profileField } from './profile';
import { type Account, type Friend, LIMITS, unfriend } from '../state';
import {
  defineOperation,
  fromAccount,
  itemList,
  peerAccount,
  resultItem,
  toAccountItems,
  withFailAccounts,
} from './types';

/** friend_get's page size is undocumented (contract §9.12); we answer 100 friends per page. */
export const FRIEND_GET_PAGE_SIZE = 100;
const CUSTOM_TAG = /^Tag_SNS_Custom_[A-Za-z]{1,8}$/;
const CUSTOM_VALUE_MAX_BYTES = 500;

/** The value of a standard or custom friend tag, as friend_get and friend_get_list return it. */
function snsValue(friend: Friend, tag: string): unknown {
  switch (tag) {
    case 'Tag_SNS_IM_Group':
      return friend.groups;
    case 'Tag_SNS_IM_Remark':
      return friend.remark;
    case 'Tag_SNS_IM_AddSource':
      return friend.addSource;
    case 'Tag_SNS_IM_AddWording':
      return friend.addWording;
    case 'Tag_SNS_IM_AddTime':
      return friend.addTime;
    default:
      return friend.custom[tag];
  }
}

const STANDARD_SNS_TAGS = [
  'Tag_SNS_IM_Group',
  'Tag_SNS_IM_Remark',
  'Tag_SNS_IM_AddSource',
  'Tag_SNS_IM_AddWording',
  'Tag_SNS_IM_AddTime',
];

function addGroups(account: Account, groups: readonly string[]): boolean {
  const fresh = groups.filter((group) => !account.groups.includes(group));
  if (account.groups.length + fresh.length > LIMITS.groups) return false;
  account.groups.push(...fresh);
  return true;
}

const importItemLimits = z.object({
  Remark: utf8String('Remark', { maxBytes: FIELD_LIMITS.Remark }).optional(),
  GroupName: z
    .array(utf8String('GroupName', { minBytes: 1, maxBytes: FIELD_LIMITS.GroupName }))
    .optional(),
  AddWording: utf8String('AddWording', { maxBytes: FIELD_LIMITS.AddWording }).optional(),
});

/** One-way, no verification, no callbacks (contract §2.2). */
export const friendImport = defineOperation({
  wire: endpoints.friendImport.wire,
  writes: true,
  items: itemList('AddFriendItem'),
  run: (body, { state, nowSeconds }) => {
    const from = fromAccount(state, body.From_Account);
    const items = body.AddFriendItem.map((item) => {
      const to = item.To_Account;
      if (!ADD_SOURCE_PATTERN.test(item.AddSource))
        return resultItem(to, 30001, RESULT_INFO.addSourceIllegal);
      const limits = importItemLimits.safeParse(item);
      if (!limits.success) return resultItem(to, 30001, limits.error.issues[0]?.message);
      if (to === from.userId)
        return resultItem(to, 30001, 'To_Account must differ from From_Account');
      if (!peerAccount(state, to)) return resultItem(to, 30003, `To_Account ${to} does not exist`);
      if (from.friends.has(to)) return resultItem(to, 30001, RESULT_INFO.friendExists);
      if (from.friends.size >= LIMITS.friends) return resultItem(to, 30010);
      const groups = item.GroupName ?? [];
      if (!addGroups(from, groups)) return resultItem(to, 30011);
      const custom: Friend['custom'] = {};
      for (const { Tag, Value } of item.CustomItem ?? []) {
        if (CUSTOM_TAG.test(Tag) && (typeof Value === 'string' || typeof Value === 'number'))
          custom[Tag] = Value;
      }
      from.friends.set(to, {
        remark: item.Remark ?? '',
        groups: [...new Set(groups)],
        addSource: item.AddSource,
        addWording: item.AddWording ?? '',
        addTime: item.AddTime ?? nowSeconds,
        custom,
      });
      from.sequence += 1;
      return resultItem(to, 0);
    });
    return withFailAccounts('ResultItem', items);
  },
});

function applySnsItem(
  account: Account,
  friend: Friend,
  tag: string,
  value: unknown,
): string | undefined {
  if (tag === 'Tag_SNS_IM_Remark') {
    const remark = utf8String('Remark', { maxBytes: FIELD_LIMITS.Remark }).safeParse(value);
    if (!remark.success) return remark.error.issues[0]?.message;
    friend.remark = remark.data;
    return undefined;
  }
  if (tag === 'Tag_SNS_IM_Group') {
    const groups = z
      .array(utf8String('Tag_SNS_IM_Group', { minBytes: 1, maxBytes: FIELD_LIMITS.GroupName }))
      .safeParse(value);
    if (!groups.success)
      return groups.error.issues[0]?.message ?? 'Tag_SNS_IM_Group must be an array of names';
    if (!addGroups(account, groups.data)) return 'group-limit';
    // The sample replaces the friend's whole group list (contract §2.3).
    friend.groups = [...new Set(groups.data)];
    return undefined;
  }
  if (CUSTOM_TAG.test(tag)) {
    const custom = z
      .union([utf8String(tag, { maxBytes: CUSTOM_VALUE_MAX_BYTES }), z.number()])
      .safeParse(value);
    if (!custom.success)
      return custom.error.issues[0]?.message ?? `${tag} must be a string or a number`;
    friend.custom[tag] = custom.data;
    return undefined;
  }
  return `${tag} cannot be updated; only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and Tag_SNS_Custom_* can`;
}

export const friendUpdate = defineOperation({
  wire: endpoints.friendUpdate.wire,
  writes: true,
  items: itemList('UpdateItem'),
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const items = body.UpdateItem.map(({ To_Account: to, SnsItem }) => {
      const friend = from.friends.get(to);
      // FAQ: updating someone who is not a friend is 30001.
      if (!friend) return resultItem(to, 30001, `${to} is not in ${from.userId}'s friend list`);
      const draft: Friend = { ...friend, groups: [...friend.groups], custom: { ...friend.custom } };
      const groupsBefore = [...from.groups];
      for (const { Tag, Value } of SnsItem) {
        const problem = applySnsItem(from, draft, Tag, Value);
        if (problem) {
          from.groups = groupsBefore;
          return problem === 'group-limit' ? resultItem(to, 30011) : resultItem(to, 30001, problem);
        }
      }
      from.friends.set(to, draft);
      from.sequence += 1;
      return resultItem(to, 0);
    });
    return withFailAccounts('ResultItem', items);
  },
});

export const friendDelete = defineOperation({
  wire: endpoints.friendDelete.wire,
  writes: true,
  items: toAccountItems('ResultItem'),
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    // The page does not state the default; friend_delete_all's is single, so we take single (contract §2.4).
    const both = body.DeleteType === 'Delete_Type_Both';
    const items = body.To_Account.map((to) => {
      const peer = peerAccount(state, to);
      if (!peer) return resultItem(to, 30003, `To_Account ${to} does not exist`);
      const removedOwn = unfriend(from, to);
      const removedPeer = both && unfriend(peer, from.userId);
      // Decision D14: deleting someone who is not a friend is 31704.
      return removedOwn || removedPeer ? resultItem(to, 0) : resultItem(to, 31704);
    });
    return withFailAccounts('ResultItem', items);
  },
});

export const friendDeleteAll = defineOperation({
  wire: endpoints.friendDeleteAll.wire,
  writes: true,
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const both = body.DeleteType === 'Delete_Type_Both';
    for (const friendId of [...from.friends.keys()]) {
      unfriend(from, friendId);
      const peer = state.accounts.get(friendId);
      if (both && peer) unfriend(peer, from.userId);
    }
    return {};
  },
});

export const friendGet = defineOperation({
  wire: endpoints.friendGet.wire,
  writes: false,
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const friends = [...from.friends.entries()];
    const page = friends.slice(body.StartIndex, body.StartIndex + FRIEND_GET_PAGE_SIZE);
    const next = body.StartIndex + page.length;
    const complete = next >= friends.length;
    return {
      UserDataItem: page.map(([to, friend]) => ({
        To_Account: to,
        ValueItem: [
          ...STANDARD_SNS_TAGS.map((tag) => ({ Tag: tag, Value: snsValue(friend, tag) })),
          ...Object.entries(friend.custom).map(([tag, value]) => ({ Tag: tag, Value: value })),
        ],
      })),
      StandardSequence: from.sequence,
      CustomSequence: from.sequence,
      FriendNum: friends.length,
      CompleteFlag: complete ? 1 : 0,
      NextStartIndex: complete ? 0 : next,
    };
  },
});

export const friendGetList = defineOperation({
  wire: endpoints.friendGetList.wire,
  writes: false,
  items: toAccountItems('InfoItem'),
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const items = body.To_Account.map((to) => {
      const friend = from.friends.get(to);
      if (!friend)
        return {
          To_Account: to,
          ResultCode: 30001,
          ResultInfo: 'Err_SNS_FriendGetList_Friend_Not_Exist',
        };
      const peer = state.accounts.get(to);
      const SnsProfileItem = body.TagList.flatMap((tag) => {
        const value = tag.startsWith('Tag_Profile_')
          ? peer
            ? profileField(peer, tag)
            : undefined
          : snsValue(friend, tag);
        return value === undefined ? [] : [{ Tag: tag, Value: value }];
      });
      return { To_Account: to, SnsProfileItem, ResultCode: 0, ResultInfo: '' };
    });
    return withFailAccounts('InfoItem', items);
  },
});
