import type { Context } from 'hono';

import { explainCode } from '@/shared/contract/error-codes';
import { changeCount } from '@/shared/contract/plan';
import type { ItemState, RunRequest } from '@/shared/contract/runs';
import { diffPlan } from '@/shared/lib/plan-diff';

import { planUndo, readPlanBefore } from '../plans/plan-undo';
import { PlanReadError, readPlanState } from '../plans/read-plan-state';
import { badRequest } from '../problem';
import type { ProxyEnv } from '../proxy-env';
import { planReadFailed, problem } from '../route-helpers';
import type { RunRouteDeps } from './run-route-deps';
import { planRun, type StoredRequest } from './run-plans';

/**
 * `retry` becomes a run of its source's kind; `undo` reads what its source created; `plan`
 * reads the live state and stores the changes that bring it to the plan.
 */
export async function resolveRunRequest(
  c: Context<ProxyEnv>,
  request: RunRequest,
  deps: Pick<RunRouteDeps, 'store' | 'callUpstream'>,
): Promise<{ request: StoredRequest; parent: string | null } | Response> {
  if (request.kind === 'plan') {
    try {
      const reading = {
        callUpstream: deps.callUpstream,
        requestId: c.get('requestId'),
        signal: c.req.raw.signal,
      };
      const state = await readPlanState(request.plan, reading);
      const changes = diffPlan(request.plan, state);
      const before = await readPlanBefore(changes, state, reading);
      return { request: { kind: 'plan', plan: request.plan, changes, before }, parent: null };
    } catch (error) {
      if (error instanceof PlanReadError) return planReadFailed(c, error);
      throw error;
    }
  }
  if (request.kind !== 'retry' && request.kind !== 'undo') return { request, parent: null };
  const source = await deps.store.summary(request.run);
  const sourceRequest = source && (await deps.store.runRequest(source.id));
  if (!source || !sourceRequest) {
    return problem(c, 'not-found', {
      title: 'Run not found',
      detail: `There is no run ${request.run}.`,
    });
  }
  const items = await deps.store.itemRows(source.id);
  if (request.kind === 'undo' && sourceRequest.kind === 'plan') {
    if (source.undoneBy) return alreadyUndone(c, source.id, source.undoneBy);
    return undoPlanRun(c, source.id, sourceRequest, items);
  }
  if (request.kind === 'undo') {
    if (sourceRequest.kind !== 'friend_add') {
      return problem(c, 'invalid-request', {
        title: 'Only friend_add and plan runs can be undone',
        detail: `run ${source.id} is a ${source.kind} run.`,
      });
    }
    if (source.undoneBy) return alreadyUndone(c, source.id, source.undoneBy);
    const groups: Partial<Record<'Delete_Type_Both' | 'Delete_Type_Single', string[]>> = {};
    for (const item of items) {
      if (item.state !== 'done' || item.code !== 0 || !item.undo || item.undone) continue;
      const type = item.undo as 'Delete_Type_Both' | 'Delete_Type_Single';
      (groups[type] ??= []).push(item.account);
    }
    if (Object.keys(groups).length === 0) {
      return problem(c, 'nothing-to-undo', {
        detail: `run ${source.id} created no friendship that is still there to delete.`,
      });
    }
    return {
      request: {
        kind: 'undo',
        run: source.id,
        From_Account: sourceRequest.From_Account,
        Delete: groups,
      },
      parent: source.id,
    };
  }
  if (sourceRequest.kind === 'plan') {
    return problem(c, 'invalid-request', {
      title: 'Apply the plan again instead',
      detail: `run ${source.id} applied a plan; applying it again reads the state afresh and makes only the changes still missing.`,
    });
  }
  if (sourceRequest.kind === 'undo' || sourceRequest.kind === 'relation_matrix') {
    return problem(c, 'invalid-request', {
      title: 'This run cannot be retried',
      detail: `run ${source.id} is a ${source.kind} run; start it again instead.`,
    });
  }
  let accounts: Set<string>;
  if (request.To_Account) {
    const known = new Set(items.map((item) => item.account));
    const strangers = request.To_Account.filter((account) => !known.has(account));
    if (strangers.length > 0) {
      return badRequest(c.get('requestId'), [
        {
          field: 'To_Account',
          message: `${strangers.slice(0, 5).join(', ')}${strangers.length > 5 ? ` and ${strangers.length - 5} more` : ''} ${strangers.length === 1 ? 'is' : 'are'} not an item of run ${source.id}`,
        },
      ]);
    }
    accounts = new Set(request.To_Account);
  } else {
    accounts = new Set(
      items
        .filter(
          (item) =>
            item.state === 'not_sent' ||
            (item.state === 'done' &&
              item.code !== null &&
              item.code !== 0 &&
              (item.failed || explainCode(item.code).retryable)),
        )
        .map((item) => item.account),
    );
  }
  if (accounts.size === 0) {
    return problem(c, 'nothing-to-retry', {
      detail: `run ${source.id} has no item that was not sent or failed in a way worth retrying.`,
    });
  }
  return { request: narrow(sourceRequest, accounts, request.ForceAddFlags), parent: source.id };
}

/** The undo of a plan run: what it changed that took effect, taken back; its imports stay. */
function undoPlanRun(
  c: Context<ProxyEnv>,
  sourceId: string,
  source: Extract<StoredRequest, { kind: 'plan' }>,
  items: { state: ItemState; code: number | null }[],
): { request: StoredRequest; parent: string } | Response {
  const undo = planUndo(source.changes, source.before, planRun(source).calls, items);
  if (changeCount(undo.changes) === 0) {
    const kept = undo.keptImports.length;
    return problem(c, 'nothing-to-undo', {
      detail: `run ${sourceId} changed no friendship, block or profile that can be taken back${kept > 0 ? `; the ${kept} accounts it imported stay imported` : ''}.`,
    });
  }
  return {
    request: { kind: 'undo', run: sourceId, ...undo },
    parent: sourceId,
  };
}

/** A retry's body: the source's items for `accounts`, with ForceAddFlags replaced when given. */
function narrow(
  source: Exclude<StoredRequest, { kind: 'undo' | 'relation_matrix' | 'plan' }>,
  accounts: Set<string>,
  force: 0 | 1 | undefined,
): StoredRequest {
  switch (source.kind) {
    case 'friend_add':
      return {
        ...source,
        AddFriendItem: source.AddFriendItem.filter((item) => accounts.has(item.To_Account)),
        ...(force !== undefined ? { ForceAddFlags: force } : {}),
      };
    case 'friend_delete':
    case 'black_list_add':
    case 'black_list_delete':
      return {
        ...source,
        To_Account: source.To_Account.filter((account) => accounts.has(account)),
      };
    case 'account_import':
    case 'portrait_set':
      return { ...source, Accounts: source.Accounts.filter((account) => accounts.has(account)) };
  }
}

export function alreadyUndone(c: Context<ProxyEnv>, run: string, undoRun?: string): Response {
  return problem(c, 'already-undone', {
    detail: `run ${run} is already undone${undoRun ? ` by run ${undoRun}` : ''}; nothing was sent.`,
    ...(undoRun ? { undoRun } : {}),
  });
}
