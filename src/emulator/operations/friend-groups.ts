import { endpoints } from '@/shared/contract/endpoints';

import { LIMITS } from '../state';
import { TencentError } from '../tencent-error';
import { defineOperation, fromAccount, resultItem, withFailAccounts } from './types';

export const groupAdd = defineOperation({
  wire: endpoints.groupAdd.wire,
  writes: true,
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    // Our reading: naming an existing group again is not an error, so set-ups can be re-run.
    const fresh = [...new Set(body.GroupName)].filter((group) => !from.groups.includes(group));
    if (from.groups.length + fresh.length > LIMITS.groups) {
      throw new TencentError(
        30011,
        `${from.userId} would have ${from.groups.length + fresh.length} friend groups; the limit is ${LIMITS.groups}`,
      );
    }
    from.groups.push(...fresh);
    from.sequence += 1;
    if (!body.To_Account) return { CurrentSequence: from.sequence };
    const items = body.To_Account.map((to) => {
      const friend = from.friends.get(to);
      // Only seen in the doc sample (contract §2.13): the account must be a friend.
      if (!friend) return resultItem(to, 32216);
      friend.groups = [...new Set([...friend.groups, ...body.GroupName])];
      return resultItem(to, 0);
    });
    return { CurrentSequence: from.sequence, ...withFailAccounts('ResultItem', items) };
  },
});

export const groupDelete = defineOperation({
  wire: endpoints.groupDelete.wire,
  writes: true,
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const missing = body.GroupName.filter((group) => !from.groups.includes(group));
    if (missing.length > 0)
      throw new TencentError(30001, `GroupName: ${missing.join(', ')} does not exist`);
    const removed = new Set(body.GroupName);
    from.groups = from.groups.filter((group) => !removed.has(group));
    for (const friend of from.friends.values())
      friend.groups = friend.groups.filter((group) => !removed.has(group));
    from.sequence += 1;
    return { CurrentSequence: from.sequence };
  },
});

export const groupGet = defineOperation({
  wire: endpoints.groupGet.wire,
  writes: false,
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const named = body.GroupName && body.GroupName.length > 0;
    // NeedFriend is honoured only when no GroupName is given (contract §2.15).
    const withMembers = named || body.NeedFriend === 'Need_Friend_Type_Yes';
    const groups = named
      ? (body.GroupName ?? []).filter((group) => from.groups.includes(group))
      : from.groups;
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
      CurrentSequence: from.sequence,
    };
  },
});
