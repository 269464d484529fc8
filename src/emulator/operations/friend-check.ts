import { AccountId } from '@/shared/contract/common';
import { endpoints } from '@/shared/contract/endpoints';
import type { Relation } from '@/shared/contract/friend-check';

import { TencentError } from '../tencent-error';
import { defineOperation, toAccountItems, withFailAccounts } from './types';

const NO_RELATION: Relation = 'CheckResult_Type_NoRelation';

export const friendCheck = defineOperation({
  wire: endpoints.friendCheck.wire,
  writes: false,
  // The doc sample keeps NoRelation on failed items (contract §2.6).
  items: toAccountItems('InfoItem', (to, code, info) => ({
    To_Account: to,
    Relation: NO_RELATION,
    ResultCode: code,
    ResultInfo: info,
  })),
  run: (body, { state }) => {
    const from = state.accounts.get(body.From_Account);
    if (!from) throw new TencentError(30003, `From_Account ${body.From_Account} does not exist`);
    const both = body.CheckType === 'CheckResult_Type_Both';
    const items = body.To_Account.map((to) => {
      const peer = AccountId.safeParse(to).success ? state.accounts.get(to) : undefined;
      // Our reading: an unknown To_Account fails its item with 30003, keeping the doc sample's
      // NoRelation on failed items (contract §2.6).
      if (!peer) {
        return {
          To_Account: to,
          Relation: NO_RELATION,
          ResultCode: 30003,
          ResultInfo: `To_Account ${to} does not exist`,
        };
      }
      const aWithB = from.friends.has(to);
      const bWithA = both && peer.friends.has(from.userId);
      const relation: Relation =
        aWithB && bWithA
          ? 'CheckResult_Type_BothWay'
          : aWithB
            ? 'CheckResult_Type_AWithB'
            : bWithA
              ? 'CheckResult_Type_BWithA'
              : 'CheckResult_Type_NoRelation';
      return { To_Account: to, Relation: relation, ResultCode: 0, ResultInfo: '' };
    });
    return withFailAccounts('InfoItem', items);
  },
});
