import { z } from 'zod';

import { utf8String } from '@/shared/contract/common';
import { endpoints } from '@/shared/contract/endpoints';
import { CUSTOM_FRIEND_TAG_PREFIX } from '@/shared/contract/emulator-control';
import { infoFor, RESULT_INFO } from '@/shared/contract/error-codes';
import { ADD_SOURCE_PATTERN, FIELD_LIMITS } from '@/shared/contract/friend-add';

import { addGroups, type Friend, LIMITS, setFriend, unfriend } from '../state';
import { TencentError } from '../tencent-error';
import { isProfileTag, profileField } from './profile';
import { fromAccount, peerAccount } from './account-lookup';
import { itemList, resultItem, toAccountItems, withFailAccounts } from './item-access';
import { defineOperation } from './operation';

/** friend_get's page size is undocumented (contract §9.12); we answer 100 friends per page. */
export const FRIEND_GET_PAGE_SIZE = 100;
const CUSTOM_VALUE_MAX_BYTES = 500;

/** The standard friend fields friend_get returns, in its doc sample's order. */
function standardValues(friend: Friend): { Tag: string; Value: unknown }[] {
  // Unset fields are omitted, as in the doc sample (its second friend has no Remark).
  const values: [string, unknown][] = [
    ['Tag_SNS_IM_AddSource', friend.addSource || undefined],
    ['Tag_SNS_IM_Remark', friend.remark || undefined],
    ['Tag_SNS_IM_Group', friend.groups.length > 0 ? friend.groups : undefined],
    ['Tag_SNS_IM_AddWording', friend.addWording || undefined],
    ['Tag_SNS_IM_AddTime', friend.addTime],
  ];
  return values.filter(([, value]) => value !== undefined).map(([Tag, Value]) => ({ Tag, Value }));
}

const customValues = (friend: Friend) =>
  Object.entries(friend.custom).map(([Tag, Value]) => ({ Tag, Value }));

/** The value of a standard or custom friend tag, as friend_get_list returns it. */
function snsValue(friend: Friend, tag: string): unknown {
  if (Object.hasOwn(friend.custom, tag)) return friend.custom[tag];
  return standardValues(friend).find((entry) => entry.Tag === tag)?.Value;
}

const STANDARD_SNS_TAGS = new Set([
  'Tag_SNS_IM_Group',
  'Tag_SNS_IM_Remark',
  'Tag_SNS_IM_AddSource',
  'Tag_SNS_IM_AddWording',
  'Tag_SNS_IM_AddTime',
]);

/**
 * A custom friend value, or why it is refused. Tencent requires custom fields to be configured
 * first; the documentation names no code, so an undeclared one fails its item with 30001 naming
 * the tag (our decision).
 */
function customValue(
  tag: string,
  value: unknown,
  declared: ReadonlySet<string>,
): { value: string | number } | { problem: string } {
  if (!tag.startsWith(CUSTOM_FRIEND_TAG_PREFIX) || !declared.has(tag))
    return { problem: `${tag} is not a custom friend field this app declares` };
  const parsed = z
    .union([utf8String(tag, { maxBytes: CUSTOM_VALUE_MAX_BYTES }), z.number()])
    .safeParse(value);
  if (!parsed.success)
    return { problem: parsed.error.issues[0]?.message ?? `${tag} must be a string or a number` };
  return { value: parsed.data };
}

const importItemLimits = z.object({
  Remark: utf8String('Remark', { maxBytes: FIELD_LIMITS.Remark }).optional(),
  GroupName: z
    .array(utf8String('GroupName', { minBytes: 1, maxBytes: FIELD_LIMITS.GroupName }))
    .optional(),
  AddWording: utf8String('AddWording', { maxBytes: FIELD_LIMITS.AddWording }).optional(),
});

/** One-way, no verification, no callbacks (contract §2.2). */
export const friendImport = defineOperation(endpoints.friendImport, {
  items: itemList('AddFriendItem'),
  run: (body, { state, nowSeconds, service, customTags }) => {
    const from = fromAccount(state, body.From_Account);
    const items = body.AddFriendItem.map((item) => {
      const to = item.To_Account;
      // friend_import's own strings for these are unknown; friend_add's would be made up here.
      if (!ADD_SOURCE_PATTERN.test(item.AddSource))
        return resultItem(to, 30001, 'AddSource must be AddSource_Type_ and 1-8 letters');
      const limits = importItemLimits.safeParse(item);
      if (!limits.success) return resultItem(to, 30001, limits.error.issues[0]?.message);
      const custom: Friend['custom'] = {};
      for (const { Tag, Value } of item.CustomItem ?? []) {
        const checked = customValue(Tag, Value, customTags);
        if ('problem' in checked) return resultItem(to, 30001, checked.problem);
        custom[Tag] = checked.value;
      }
      if (to === from.userId)
        return resultItem(to, 30001, 'To_Account must differ from From_Account');
      if (!peerAccount(state, to)) return resultItem(to, 30003, `To_Account ${to} does not exist`);
      if (from.friends.has(to)) return resultItem(to, 30001, `${to} is already a friend`);
      if (from.friends.size >= LIMITS.friends)
        return resultItem(to, 30010, infoFor(30010, service).text);
      const groups = item.GroupName ?? [];
      if (!addGroups(from, groups)) return resultItem(to, 30011, infoFor(30011, service).text);
      setFriend(from, to, {
        remark: item.Remark ?? '',
        groups: [...new Set(groups)],
        addSource: item.AddSource,
        addWording: item.AddWording ?? '',
        addTime: item.AddTime ?? nowSeconds,
        custom,
      });
      return resultItem(to, 0);
    });
    return withFailAccounts('ResultItem', items);
  },
});

/** Applies one SnsItem to a draft of the friend; says why when it cannot. */
function applySnsItem(
  friend: Friend,
  tag: string,
  value: unknown,
  customTags: ReadonlySet<string>,
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
    // The sample replaces the friend's whole group list (contract §2.3).
    friend.groups = [...new Set(groups.data)];
    return undefined;
  }
  if (tag.startsWith(CUSTOM_FRIEND_TAG_PREFIX)) {
    const checked = customValue(tag, value, customTags);
    if ('problem' in checked) return checked.problem;
    friend.custom[tag] = checked.value;
    return undefined;
  }
  return `${tag} cannot be updated; only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and Tag_SNS_Custom_* can`;
}

export const friendUpdate = defineOperation(endpoints.friendUpdate, {
  items: itemList('UpdateItem'),
  run: (body, { state, service, customTags }) => {
    const from = fromAccount(state, body.From_Account);
    const items = body.UpdateItem.map(({ To_Account: to, SnsItem }) => {
      const friend = from.friends.get(to);
      // FAQ: updating someone who is not a friend is 30001.
      if (!friend) return resultItem(to, 30001, `${to} is not in ${from.userId}'s friend list`);
      const draft: Friend = { ...friend, groups: [...friend.groups], custom: { ...friend.custom } };
      for (const { Tag, Value } of SnsItem) {
        const problem = applySnsItem(draft, Tag, Value, customTags);
        if (problem) return resultItem(to, 30001, problem);
      }
      if (!addGroups(from, draft.groups))
        return resultItem(to, 30011, infoFor(30011, service).text);
      setFriend(from, to, draft);
      return resultItem(to, 0);
    });
    return withFailAccounts('ResultItem', items);
  },
});

export const friendDelete = defineOperation(endpoints.friendDelete, {
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

export const friendDeleteAll = defineOperation(endpoints.friendDeleteAll, {
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

export const friendGet = defineOperation(endpoints.friendGet, {
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const friends = [...from.friends.entries()];
    const page = friends.slice(body.StartIndex, body.StartIndex + FRIEND_GET_PAGE_SIZE);
    const next = body.StartIndex + page.length;
    const complete = next >= friends.length;
    // Documented: a sequence equal to the backend's means that kind of data is not returned.
    const withStandard = body.StandardSequence !== from.sequences.standard;
    const withCustom = body.CustomSequence !== from.sequences.custom;
    return {
      UserDataItem: page.map(([to, friend]) => {
        const values = [
          ...(withStandard ? standardValues(friend) : []),
          ...(withCustom ? customValues(friend) : []),
        ];
        // Our reading: the friend list itself is always paged; ValueItem is omitted when empty.
        return values.length > 0 ? { To_Account: to, ValueItem: values } : { To_Account: to };
      }),
      StandardSequence: from.sequences.standard,
      CustomSequence: from.sequences.custom,
      FriendNum: friends.length,
      CompleteFlag: complete ? 1 : 0,
      NextStartIndex: complete ? 0 : next,
    };
  },
});

export const friendGetList = defineOperation(endpoints.friendGetList, {
  items: toAccountItems('InfoItem'),
  run: (body, { state, customTags }) => {
    const from = fromAccount(state, body.From_Account);
    // Our decision: a tag the app lacks (an undeclared custom one included) fails the request
    // with 30001 naming it, as portrait_get's 40009 does for profiles.
    const unknown = body.TagList.find(
      (tag) =>
        !STANDARD_SNS_TAGS.has(tag) && !isProfileTag(tag, customTags) && !customTags.has(tag),
    );
    if (unknown)
      throw new TencentError(
        30001,
        `TagList: ${unknown} is not a friend or profile field of this app`,
      );
    const items = body.To_Account.map((to) => {
      const friend = from.friends.get(to);
      if (!friend)
        return {
          To_Account: to,
          ResultCode: 30001,
          ResultInfo: RESULT_INFO.friendGetListNotFriend,
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
