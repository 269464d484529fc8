import type { BlackRelation } from '@/shared/contract/blocklist';
import { endpoints } from '@/shared/contract/endpoints';
import { RESULT_INFO } from '@/shared/contract/error-codes';

import { block, LIMITS, unblock } from '../state';
import { fromAccount, peerAccount, twoWay } from './account-lookup';
import { resultItem, toAccountItems, withFailAccounts } from './item-access';
import { defineOperation } from './operation';

export const blackListAdd = defineOperation(endpoints.blackListAdd, {
  items: toAccountItems('ResultItem'),
  run: (body, { state, nowSeconds }) => {
    const from = fromAccount(state, body.From_Account);
    const items = body.To_Account.map((to) => {
      if (to === from.userId)
        return resultItem(to, 30001, 'To_Account must differ from From_Account');
      if (!peerAccount(state, to)) return resultItem(to, 30003, `To_Account ${to} does not exist`);
      // Decision D15: blocking an already-blocked account is 30001 (the doc sample), not 31307.
      if (from.blocked.has(to)) return resultItem(to, 30001, RESULT_INFO.blackListAlreadyExists);
      if (from.blocked.size >= LIMITS.blocked) return resultItem(to, 30013);
      block(state, from, to, nowSeconds);
      return resultItem(to, 0);
    });
    return withFailAccounts('ResultItem', items);
  },
});

export const blackListDelete = defineOperation(endpoints.blackListDelete, {
  items: toAccountItems('ResultItem'),
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const items = body.To_Account.map((to) => {
      // FAQ: removing someone who is not blocked is 30001.
      if (!unblock(from, to))
        return resultItem(to, 30001, `${to} is not in ${from.userId}'s blocklist`);
      return resultItem(to, 0);
    });
    return withFailAccounts('ResultItem', items);
  },
});

export const blackListGet = defineOperation(endpoints.blackListGet, {
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const blocked = [...from.blocked.entries()];
    const page = blocked.slice(body.StartIndex, body.StartIndex + body.MaxLimited);
    const next = body.StartIndex + page.length;
    return {
      BlackListItem: page.map(([to, time]) => ({ To_Account: to, AddBlackTimeStamp: time })),
      // The next page's start, 0 when the list is done (contract §2.11).
      StartIndex: next >= blocked.length ? 0 : next,
      CurruentSequence: from.sequences.blocklist,
    };
  },
});

export const blackListCheck = defineOperation(endpoints.blackListCheck, {
  items: toAccountItems('BlackListCheckItem', (to, code, info) => ({
    To_Account: to,
    Relation: 'BlackCheckResult_Type_NO',
    ResultCode: code,
    ResultInfo: info,
  })),
  run: (body, { state }) => {
    const from = fromAccount(state, body.From_Account);
    const both = body.CheckType === 'BlackCheckResult_Type_Both';
    const items = body.To_Account.map((to) => {
      const peer = peerAccount(state, to);
      if (!peer) {
        return {
          To_Account: to,
          Relation: 'BlackCheckResult_Type_NO' as BlackRelation,
          ResultCode: 30003,
          ResultInfo: `To_Account ${to} does not exist`,
        };
      }
      const aBlocksB = from.blocked.has(to);
      const bBlocksA = both && peer.blocked.has(from.userId);
      const relation = twoWay<BlackRelation>(aBlocksB, bBlocksA, {
        both: 'BlackCheckResult_Type_BothWay',
        aWithB: 'BlackCheckResult_Type_AWithB',
        bWithA: 'BlackCheckResult_Type_BWithA',
        none: 'BlackCheckResult_Type_NO',
      });
      return { To_Account: to, Relation: relation, ResultCode: 0, ResultInfo: '' };
    });
    return withFailAccounts('BlackListCheckItem', items);
  },
});
