import type { Handler } from 'hono';

import { endpoints } from '@/shared/contract/endpoints';
import { callsOf } from '@/shared/lib/chunk';

import { problemResponse } from '../problem';
import type { ProxyEnv } from '../proxy-env';
import { problem } from '../route-helpers';
import { findRun, type RunRouteDeps } from './run-route-deps';

/**
 * `POST /api/runs/:id/verify` ("Check these"): reads friend_check for a friend_add run's
 * unknown items and records which friendships are there.
 */
export function verifyRun(deps: RunRouteDeps): Handler<ProxyEnv> {
  const { store } = deps;
  return async (c) => {
    const summary = await findRun(c, store);
    if (summary instanceof Response) return summary;
    const refused = deps.refuse(c, undefined);
    if (refused) return refused;
    if (summary.kind !== 'friend_add' || !summary.From_Account) {
      return problem(c, 'invalid-request', {
        title: 'Only friend_add runs can be checked',
        detail: `"Check these" reads friend_check for a friend_add run's unknown items; run ${summary.id} is ${summary.kind}.`,
      });
    }
    const unknown: string[] = [];
    for await (const page of store.itemPages(summary.id, false, { filter: 'unknown' })) {
      for (const item of page) if ('To_Account' in item) unknown.push(String(item.To_Account));
    }
    const found = new Map<string, 'present' | 'absent'>();
    for (const accounts of callsOf(endpoints.friendCheck, unknown)) {
      const outcome = await deps.callUpstream({
        service: endpoints.friendCheck.service,
        body: JSON.stringify({
          From_Account: summary.From_Account,
          To_Account: accounts,
          CheckType: 'CheckResult_Type_Both',
        }),
        retry: true,
        requestId: c.get('requestId'),
      });
      if (!outcome.ok) {
        return problemResponse({ ...outcome.problem, requestId: c.get('requestId') });
      }
      const items = Array.isArray(outcome.json.InfoItem) ? outcome.json.InfoItem : [];
      for (const item of items as Record<string, unknown>[]) {
        if (item.ResultCode !== 0) continue;
        const has =
          item.Relation === 'CheckResult_Type_AWithB' ||
          item.Relation === 'CheckResult_Type_BothWay';
        found.set(String(item.To_Account), has ? 'present' : 'absent');
      }
    }
    await store.markVerified(summary.id, found);
    return c.json((await store.summary(summary.id)) ?? summary);
  };
}
