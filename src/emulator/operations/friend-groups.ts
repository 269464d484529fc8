import { endpoints } from '@/shared/contract/endpoints';

import { addGroups, LIMITS, setFriend } from '../state';
import { TencentError } from '../tencent-error';
import { fromAccount } from './account-lookup';
import { resultItem, withFailAccounts } from './item-access';
import { defineOperation } from './operation';

export const groupAdd = defineOperation(endpoints.groupAdd, {
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    // Our reading: naming an existing group again is not an error, so set-ups can be re-run.
    if (!addGroups(from, body.GroupName)) {
      const fresh = new Set(body.GroupName.filter((group) => !from.groups.includes(group)));
      throw new TencentError(
        30011,
        `${from.userId} would have ${from.groups.length + fresh.size} friend groups; the limit is ${LIMITS.groups}`,
      );
    }
    const current = () => ({ CurrentSequence: from.sequences.groups });
    if (!body.To_Account) return { ...current(), ResultItem: undefined };
    const items = body.To_Account.map((to) => {
      const friend = from.friends.get(to);
      // Only seen in the doc sample (contract §2.13): the account must be a friend.
      if (!friend) return resultItem(to, 32216);
      setFriend(from, to, {
        ...friend,
        groups: [...new Set([...friend.groups, ...body.GroupName])],
      });
      return resultItem(to, 0);
    });
    return { ...current(), ...withFailAccounts('ResultItem', items) };
  },
});

export const groupDelete = defineOperation(endpoints.groupDelete, {
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const missing = body.GroupName.filter((group) => !from.groups.includes(group));
    if (missing.length > 0)
      throw new TencentError(30001, `GroupName: ${missing.join(', ')} does not exist`);
    const removed = new Set(body.GroupName);
    from.groups = from.groups.filter((group) => !removed.has(group));
    from.sequences.groups += 1;
    for (const [to, friend] of from.friends) {
      if (friend.groups.some((group) => removed.has(group)))
        setFriend(from, to, { ...friend, groups: friend.groups.filter((g) => !removed.has(g)) });
    }
    return { CurrentSequence: from.sequences.groups };
  },
});

export const groupGet = defineOperation(endpoints.groupGet, {
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const named = body.GroupName !== undefined && body.GroupName.length > 0;
    // Our decision (the page is ambiguous, contract §2.15): an unknown group name fails the
    // request with 30001 naming it, as group_delete does, instead of being dropped silently.
    const unknown = named ? body.GroupName!.filter((group) => !from.groups.includes(group)) : [];
    if (unknown.length > 0)
      throw new TencentError(30001, `GroupName: ${unknown.join(', ')} does not exist`);
    // Our decision: members only when NeedFriend asks for them, with or without GroupName. The
    // field note says NeedFriend counts only without GroupName, yet the documented complete
    // request sends both and gets members; members are never sent unasked.
    const withMembers = body.NeedFriend === 'Need_Friend_Type_Yes';
    const groups = named ? [...new Set(body.GroupName)] : from.groups;
    return {
      ResultItem: groups.map((group) => {
        const members = [...from.friends.entries()]
          .filter(([, friend]) => friend.groups.includes(group))
          .map(([to]) => to);
        return {
          GroupName: group,
          FriendNumber: members.length,
          ...(withMembers ? { To_Account: members } : {}),
        };
      }),
      CurrentSequence: from.sequences.groups,
    };
  },
});
