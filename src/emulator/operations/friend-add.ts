import { z } from 'zod';

import { endpoints } from '@/shared/contract/endpoints';
import { RESULT_INFO } from '@/shared/contract/error-codes';
import { AddFriendItem } from '@/shared/contract/friend-add';

import { type Account, addGroups, LIMITS, setFriend } from '../state';
import { fromAccount, peerAccount } from './account-lookup';
import { itemList, resultItem, withFailAccounts } from './item-access';
import { defineOperation } from './operation';

// Unknown item fields are ignored, as the service ignores them; only the documented ones are checked.
const ItemLimits = z.object(AddFriendItem.shape);

type ItemResult = ReturnType<typeof resultItem>;
const result = resultItem;

export const friendAdd = defineOperation(endpoints.friendAdd, {
  items: itemList('AddFriendItem'),
  run: (body, { state, nowSeconds }) => {
    const from = fromAccount(state, body.From_Account);
    const addType = body.AddType ?? 'Add_Type_Both';
    const force = body.ForceAddFlags === 1;

    const items = body.AddFriendItem.map((raw): ItemResult => {
      const to = raw.To_Account;
      const parsed = ItemLimits.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // Decision D2: a bad AddSource has its own observed ResultInfo; D3: other limits name the field.
        const info =
          issue?.path[0] === 'AddSource'
            ? RESULT_INFO.addSourceIllegal
            : (issue?.message ?? 'invalid item');
        return result(to, 30001, info);
      }
      const item = parsed.data;
      if (to === from.userId) return result(to, 30001, 'To_Account must differ from From_Account'); // D9
      const peer = peerAccount(state, to);
      if (!peer) return result(to, 30003, `To_Account ${to} does not exist`); // D10
      if (from.friends.has(to)) return result(to, 30001, RESULT_INFO.friendExists); // D8
      // Decision D5: force bypasses AllowType only, never forbids, blocks or limits.
      if (from.adminForbidType === 'AdminForbid_Type_SendOut') return result(to, 30009);
      if (from.blocked.has(to)) return result(to, 30515);
      if (peer.blocked.has(from.userId)) return result(to, 30525);
      if (from.friends.size >= LIMITS.friends) return result(to, 30010);
      const addsReverse = addType === 'Add_Type_Both' && !peer.friends.has(from.userId);
      if (addsReverse && peer.friends.size >= LIMITS.friends) return result(to, 30014);
      const group = item.GroupName;
      if (
        group !== undefined &&
        !from.groups.includes(group) &&
        from.groups.length >= LIMITS.groups
      ) {
        return result(to, 30011);
      }
      // Decision D6: verification applies to Add_Type_Single as well as Add_Type_Both.
      if (!force && peer.allowType === 'AllowType_Type_DenyAny') return result(to, 30516);
      if (!force && peer.allowType === 'AllowType_Type_NeedConfirm') {
        if (!from.pendingSent.has(to) && from.pendingSent.size >= LIMITS.pendingSent)
          return result(to, 30012);
        // Decision D7: the request is recorded, no friendship is created.
        from.pendingSent.set(to, {
          addSource: item.AddSource ?? '',
          addWording: item.AddWording ?? '',
          remark: item.Remark ?? '',
          groupName: group ?? '',
          addType,
          time: nowSeconds,
        });
        return result(to, 30539);
      }
      addFriend(from, peer, item, nowSeconds);
      if (group !== undefined) addGroups(from, [group]);
      if (addsReverse) addFriend(peer, from, { AddSource: item.AddSource }, nowSeconds);
      from.pendingSent.delete(to);
      return result(to, 0);
    });
    return withFailAccounts('ResultItem', items);
  },
});

function addFriend(
  owner: Account,
  friend: Account,
  item: { Remark?: string; GroupName?: string; AddSource?: string; AddWording?: string },
  nowSeconds: number,
): void {
  setFriend(owner, friend.userId, {
    remark: item.Remark ?? '',
    groups: item.GroupName === undefined ? [] : [item.GroupName],
    addSource: item.AddSource ?? '',
    addWording: item.AddWording ?? '',
    addTime: nowSeconds,
    custom: {},
  });
}
