import { type EndpointDef, endpoints } from '@/shared/contract/endpoints';
import type { DeleteType } from '@/shared/contract/friends';
import { PROFILE_RUN_TAGS, type RunKind, type RunRequest } from '@/shared/contract/runs';
import type { Plan, PlanChanges } from '@/shared/contract/plan';
import { callsOf } from '@/shared/lib/chunk';
import { planMatrixChecks } from '@/shared/lib/plan-checks';
import type { PlanBefore } from '@/shared/lib/plan-undo';

import { planChangeCalls } from '../plans/plan-calls';

/**
 * A run request as stored: `retry` becomes a run of its source's kind, and `undo` carries the
 * friendships to delete, read from its source run when it was accepted.
 */
export type StoredRequest =
  | Exclude<RunRequest, { kind: 'retry' | 'undo' | 'plan' }>
  | { kind: 'plan'; plan: Plan; changes: PlanChanges; before?: PlanBefore }
  | {
      kind: 'undo';
      run: string;
      From_Account: string;
      Delete: Partial<Record<DeleteType, string[]>>;
    }
  | PlanUndoRequest;

/** The undo of a plan run: the changes that take back what it did; its imports stay. */
export interface PlanUndoRequest {
  kind: 'undo';
  run: string;
  changes: PlanChanges;
  keptImports: string[];
}

export interface PlannedCall {
  endpoint: EndpointDef;
  body: Record<string, unknown>;
  /** The accounts the call's items are about, in item order. */
  accounts: string[];
  /** friend_add both ways: which targets already list From_Account, read just before the add. */
  checksReverse?: boolean;
  /** Calls of a later phase start only when every call of the earlier ones has finished. */
  phase?: number;
}

export interface RunPlan {
  kind: RunKind;
  /** The API History files the run under. */
  api: string;
  fromAccount: string | null;
  calls: PlannedCall[];
  /** Matrix runs keep one packed answer per call instead of one row per item. */
  matrix: boolean;
  /** Every account the run names. */
  accounts: string[];
  /** Calls including the reads a friend_add both ways makes first. */
  callCount: number;
  /** The least time the calls take at the documented rates (each API has its own budget). */
  floorSeconds: number;
}

/** An item's answer: Tencent's ResultCode and ResultInfo for one account. */
export interface ItemAnswer {
  code: number;
  info: string;
}

/**
 * Cuts a run into calls by each API's per-call cap. Plans are pure: the same request always
 * gives the same calls in the same order, so stored rows only need the call's index.
 */
export function planRun(request: StoredRequest): RunPlan {
  switch (request.kind) {
    case 'friend_add': {
      const both = (request.AddType ?? 'Add_Type_Both') === 'Add_Type_Both';
      const calls = callsOf(endpoints.friendAdd, request.AddFriendItem).map((items) => ({
        endpoint: endpoints.friendAdd,
        body: {
          From_Account: request.From_Account,
          AddFriendItem: items,
          ...(request.AddType ? { AddType: request.AddType } : {}),
          ...(request.ForceAddFlags !== undefined ? { ForceAddFlags: request.ForceAddFlags } : {}),
        },
        accounts: items.map((item) => item.To_Account),
        checksReverse: both,
      }));
      return finish(request, request.From_Account, calls, both ? calls.length : 0);
    }
    case 'relation_matrix': {
      const columns = request.Columns ?? request.Rows;
      const calls = planMatrixChecks(request.Rows, columns, request.CheckType).map((check) =>
        check.check === 'friend_check'
          ? {
              endpoint: endpoints.friendCheck,
              body: {
                From_Account: check.from,
                To_Account: check.to,
                CheckType: request.CheckType,
              },
              accounts: check.to,
            }
          : {
              endpoint: endpoints.blackListCheck,
              body: {
                From_Account: check.from,
                To_Account: check.to,
                CheckType: 'BlackCheckResult_Type_Both',
              },
              accounts: check.to,
            },
      );
      const plan = finish(request, null, calls, 0);
      return { ...plan, matrix: true, accounts: [...new Set([...request.Rows, ...columns])] };
    }
    case 'friend_delete':
      // Tencent's default DeleteType is Delete_Type_Both.
      return planDeletes(request, request.From_Account, {
        [request.DeleteType ?? 'Delete_Type_Both']: request.To_Account,
      });
    case 'undo':
      if ('changes' in request) return planPlanUndo(request);
      return planDeletes(request, request.From_Account, request.Delete);
    case 'black_list_add':
    case 'black_list_delete': {
      const endpoint =
        request.kind === 'black_list_add' ? endpoints.blackListAdd : endpoints.blackListDelete;
      const calls = callsOf(endpoint, request.To_Account).map((accounts) => ({
        endpoint,
        body: { From_Account: request.From_Account, To_Account: accounts },
        accounts,
      }));
      return finish(request, request.From_Account, calls, 0);
    }
    case 'account_import': {
      const calls = callsOf(endpoints.multiaccountImport, request.Accounts).map((accounts) => ({
        endpoint: endpoints.multiaccountImport,
        body: { Accounts: accounts },
        accounts,
      }));
      return finish(request, null, calls, 0);
    }
    case 'plan': {
      const plan = finish(request, null, planChangeCalls(request.changes), 0);
      const accounts = request.plan.accounts.map((entry) =>
        typeof entry === 'string' ? entry : entry.UserID,
      );
      return { ...plan, api: 'plan', accounts };
    }
    case 'portrait_set': {
      const profile = [
        ...(request.AllowType
          ? [{ Tag: PROFILE_RUN_TAGS.AllowType, Value: request.AllowType }]
          : []),
        ...(request.AdminForbidType
          ? [{ Tag: PROFILE_RUN_TAGS.AdminForbidType, Value: request.AdminForbidType }]
          : []),
      ];
      const calls = request.Accounts.map((account) => ({
        endpoint: endpoints.portraitSet,
        body: { From_Account: account, ProfileItem: profile },
        accounts: [account],
      }));
      return finish(request, null, calls, 0);
    }
  }
}

/** A plan run's undo runs in the phases of a plan, filed under the plan API like its source. */
function planPlanUndo(request: PlanUndoRequest): RunPlan {
  return { ...finish(request, null, planChangeCalls(request.changes), 0), api: 'plan' };
}

/** friend_delete runs and undos: one call per DeleteType and 1000 accounts. */
function planDeletes(
  request: StoredRequest,
  fromAccount: string,
  groups: Partial<Record<DeleteType, string[]>>,
): RunPlan {
  const calls = Object.entries(groups).flatMap(([deleteType, accounts]) =>
    callsOf(endpoints.friendDelete, accounts).map((part) => ({
      endpoint: endpoints.friendDelete,
      body: { From_Account: fromAccount, To_Account: part, DeleteType: deleteType },
      accounts: part,
    })),
  );
  return finish(request, fromAccount, calls, 0);
}

function finish(
  request: StoredRequest,
  fromAccount: string | null,
  calls: PlannedCall[],
  reverseChecks: number,
): RunPlan {
  // Each API has its own budget, so calls of one phase overlap; phases run one after another.
  const perPhase = new Map<number, Map<EndpointDef, number>>();
  const count = (phase: number, endpoint: EndpointDef, calls: number) => {
    const perService = perPhase.get(phase) ?? new Map<EndpointDef, number>();
    perService.set(endpoint, (perService.get(endpoint) ?? 0) + calls);
    perPhase.set(phase, perService);
  };
  for (const call of calls) count(call.phase ?? 0, call.endpoint, 1);
  if (reverseChecks > 0) count(0, endpoints.friendCheck, reverseChecks);
  let floorSeconds = 0;
  for (const perService of perPhase.values()) {
    floorSeconds += Math.max(
      0,
      ...[...perService].map(([endpoint, calls]) => calls / endpoint.ratePerSecond),
    );
  }
  const accounts = new Set<string>(fromAccount ? [fromAccount] : []);
  for (const call of calls) for (const account of call.accounts) accounts.add(account);
  return {
    kind: request.kind,
    api: calls[0]?.endpoint.service ?? endpoints.friendDelete.service,
    fromAccount,
    calls,
    matrix: false,
    accounts: [...accounts],
    callCount: calls.length + reverseChecks,
    floorSeconds: Math.round(floorSeconds * 1000) / 1000,
  };
}

/**
 * Per-item answers from one 200 answer. A call that failed as a whole (ActionStatus FAIL with
 * no per-item list) gives its ErrorCode to every item.
 */
export function itemAnswers(call: PlannedCall, answer: Record<string, unknown>): ItemAnswer[] {
  const errorCode = typeof answer.ErrorCode === 'number' ? answer.ErrorCode : -1;
  const errorInfo = typeof answer.ErrorInfo === 'string' ? answer.ErrorInfo : '';
  const whole = { code: errorCode, info: errorInfo };
  if (call.endpoint === endpoints.portraitSet) return [whole];
  if (call.endpoint === endpoints.multiaccountImport) {
    if (answer.ActionStatus !== 'OK' && !Array.isArray(answer.FailAccounts)) {
      return call.accounts.map(() => whole);
    }
    const failed = new Set(Array.isArray(answer.FailAccounts) ? answer.FailAccounts : []);
    return call.accounts.map((account) =>
      failed.has(account)
        ? { code: errorCode === 0 ? -1 : errorCode, info: 'listed in FailAccounts' }
        : { code: 0, info: '' },
    );
  }
  const byAccount = new Map<string, ItemAnswer>();
  const items = Array.isArray(answer.ResultItem) ? (answer.ResultItem as unknown[]) : [];
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (typeof record.To_Account !== 'string') continue;
    byAccount.set(record.To_Account, {
      code: typeof record.ResultCode === 'number' ? record.ResultCode : -1,
      info: typeof record.ResultInfo === 'string' ? record.ResultInfo : '',
    });
  }
  return call.accounts.map(
    (account) =>
      byAccount.get(account) ??
      (errorCode !== 0 ? whole : { code: -1, info: 'Tencent answered without this account' }),
  );
}
