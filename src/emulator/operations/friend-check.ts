import { endpoints } from '@/shared/contract/endpoints';
import type { Relation } from '@/shared/contract/friend-check';

import { fromAccount, peerAccount, twoWay } from './account-lookup';
import { toAccountItems, withFailAccounts } from './item-access';
import { defineOperation } from './operation';

const NO_RELATION: Relation = 'CheckResult_Type_NoRelation';

export const friendCheck = defineOperation(endpoints.friendCheck, {
  // The doc sample keeps NoRelation on failed items (contract §2.6).
  items: toAccountItems('InfoItem', (to, code, info) => ({
    To_Account: to,
    Relation: NO_RELATION,
    ResultCode: code,
    ResultInfo: info,
  })),
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const both = body.CheckType === 'CheckResult_Type_Both';
    const items = body.To_Account.map((to) => {
      const peer = peerAccount(state, to);
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
      const relation = twoWay<Relation>(aWithB, bWithA, {
        both: 'CheckResult_Type_BothWay',
        aWithB: 'CheckResult_Type_AWithB',
        bWithA: 'CheckResult_Type_BWithA',
        none: NO_RELATION,
      });
      return { To_Account: to, Relation: relation, ResultCode: 0, ResultInfo: '' };
    });
    return withFailAccounts('InfoItem', items);
  },
});
