/**
 * Carries out runs inside the proxy: each call is paced like any other, recorded as sent before
 * it leaves (a write) and as answered when its answer arrives, so that after a crash every item
 * is exactly one of done, not sent or unknown. Nothing is ever re-sent on its own.
 */
import { EventEmitter } from 'node:events';

import type { Logger } from 'pino';

import { endpoints } from '@/shared/contract/endpoints';
import { changeCount, noChanges, type Plan, type PlanVerification } from '@/shared/contract/plan';
import type { CallFailure, ItemState, RunStatus } from '@/shared/contract/runs';
import { diffPlan } from '@/shared/lib/plan-diff';

import { auditEntry, type AuditLog } from '../audit-log';
import { readPlanState } from '../plans/read-plan-state';
import { type CallUpstream, CallNotSent, type UpstreamOutcome } from '../upstream';
import { itemAnswers, type PlannedCall, planRun, type RunPlan } from './run-plans';
import { packCheckAnswer } from './check-answer';
import type { NewRun, RunStore } from './run-store';

/** Calls of one run in flight at once: enough to keep the pacer fed at 100 ms of latency. */
const IN_FLIGHT = 64;
const HEARTBEAT_MS = 1000;
/** A shared database's run whose executor has not beaten for this long is interrupted. */
const STALE_AFTER_MS = 15_000;
const FINALIZE_RETRY_MS = 2000;
const FINALIZE_ATTEMPTS = 300;

export interface RunEngineDeps {
  store: RunStore;
  callUpstream: CallUpstream;
  auditLog?: AuditLog;
  logger?: Logger;
  /** Names this process in `runs.owner`. */
  instanceId: string;
  clock?: () => number;
}

interface ActiveRun {
  cancel: () => void;
  done: Promise<void>;
}

export type RunEngine = ReturnType<typeof createRunEngine>;

export function createRunEngine(deps: RunEngineDeps) {
  const { store } = deps;
  const now = () => new Date((deps.clock ?? Date.now)());
  const active = new Map<string, ActiveRun>();
  /** `progress:<id>` after every recorded call; `end:<id>` when the run has finished. */
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let timer: NodeJS.Timeout | undefined;

  async function beat(): Promise<void> {
    try {
      const cancelled = await store.heartbeat([...active.keys()], now());
      for (const id of cancelled) active.get(id)?.cancel();
      if (store.db.shared) {
        const stale = new Date(now().getTime() - STALE_AFTER_MS);
        for (const id of await store.interruptAbandoned(now(), stale)) {
          events.emit(`end:${id}`);
        }
      }
    } catch (error) {
      deps.logger?.warn({ err: error }, 'run heartbeat failed');
    }
  }

  async function execute(run: NewRun): Promise<void> {
    const control = runControl(deps, run.id);
    let resolveDone: () => void = () => undefined;
    active.set(run.id, {
      cancel: control.cancel,
      done: new Promise((resolve) => (resolveDone = resolve)),
    });
    try {
      await store.setStatus(run.id, 'running', { at: now(), owner: deps.instanceId });
      const firstItems = firstItemsOf(run.plan.calls);
      // A phase starts once every call of the one before has finished (a plan imports accounts
      // before it adds friends); calls within a phase go out together.
      for (const phase of phasesOf(run.plan.calls)) {
        if (control.cancelled) break;
        await sendPhase({ deps, now, events }, run, phase, firstItems, control);
      }
      if (run.request.kind === 'plan' && !control.cancelled && !control.failedReason) {
        await store.setVerification(run.id, await verifyPlan(deps, now, run, run.request.plan));
      }
      const status = control.failedReason ? 'failed' : control.cancelled ? 'cancelled' : 'done';
      await finalize(deps, now, run.id, status, control.failedReason);
      deps.logger?.info({ runId: run.id, status, calls: control.finishSeq }, 'run finished');
    } catch (error) {
      deps.logger?.error({ runId: run.id, err: error }, 'run stopped');
      await finalize(deps, now, run.id, 'failed', (error as Error).message);
    } finally {
      active.delete(run.id);
      resolveDone();
      events.emit(`end:${run.id}`);
    }
  }

  return {
    events,

    /** Marks runs whose executor is gone as interrupted, then keeps beating for ours. */
    async start(): Promise<void> {
      const interrupted = store.db.shared
        ? await store.interruptAbandoned(now(), new Date(now().getTime() - STALE_AFTER_MS))
        : await store.interruptAbandoned(now());
      if (interrupted.length > 0) {
        deps.logger?.warn({ runs: interrupted }, 'runs interrupted by a stop were marked so');
      }
      timer = setInterval(() => void beat(), HEARTBEAT_MS);
      timer.unref();
    },

    /** Stores the run and starts it; resolves once it is stored, not when it finishes. */
    async launch(run: NewRun, idempotency?: { key: string; hash: string }): Promise<void> {
      await store.insertRun(run, idempotency);
      void execute(run);
    },

    plan: planRun,

    /** Stops sending: calls that already left finish and are recorded. */
    async cancel(id: string): Promise<void> {
      await store.requestCancel(id);
      active.get(id)?.cancel();
    },

    isLocal: (id: string) => active.has(id),

    /** Cancels every local run and waits for the calls in flight (a graceful stop). */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      const runs = [...active.values()];
      for (const run of runs) run.cancel();
      await Promise.all(runs.map((run) => run.done));
    },
  };
}

/** What a run's calls share while it executes: how to stop them, and why it stopped. */
interface RunControl {
  pending: Set<AbortController>;
  cancelled: boolean;
  failedReason?: string;
  /** Counts recorded calls, in the order they finished. */
  finishSeq: number;
  cancel: () => void;
  fail: (error: unknown) => void;
}

function runControl(deps: RunEngineDeps, runId: string): RunControl {
  const control: RunControl = {
    pending: new Set(),
    cancelled: false,
    finishSeq: 0,
    cancel: () => {
      control.cancelled = true;
      for (const controller of control.pending) controller.abort(new Error('run cancelled'));
    },
    fail: (error) => {
      if (control.failedReason) return;
      control.failedReason = `The database could not record the run: ${(error as Error).message}`;
      deps.logger?.error({ runId, err: error }, 'run stopped: database write failed');
      control.cancel();
    },
  };
  return control;
}

/** The index of each call's first item among all the run's items. */
function firstItemsOf(calls: readonly PlannedCall[]): number[] {
  const firstItems: number[] = [];
  calls.reduce((offset, call) => {
    firstItems.push(offset);
    return offset + call.accounts.length;
  }, 0);
  return firstItems;
}

/** Sends one phase's calls, IN_FLIGHT at a time, and records each as it finishes. */
async function sendPhase(
  engine: { deps: RunEngineDeps; now: () => Date; events: EventEmitter },
  run: NewRun,
  phase: number[],
  firstItems: readonly number[],
  control: RunControl,
): Promise<void> {
  const { deps, now, events } = engine;
  const queue = [...phase];
  const worker = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      if (control.cancelled) return;
      const call = run.plan.calls[index];
      if (!call) continue;
      const controller = new AbortController();
      control.pending.add(controller);
      try {
        const recorded = await sendCall(deps, now, run, call, index, controller, () => {
          control.pending.delete(controller);
        });
        control.finishSeq += 1;
        await deps.store.recordCall(run.id, index, {
          ...recorded,
          finishSeq: control.finishSeq,
          at: now(),
          firstItem: firstItems[index],
        });
        if (recorded.undoneAccounts && run.request.kind === 'undo') {
          await deps.store.markUndone(run.request.run, recorded.undoneAccounts);
        }
        events.emit(`progress:${run.id}`);
      } catch (error) {
        if (error instanceof CallNotSent) continue;
        control.fail(error);
      } finally {
        control.pending.delete(controller);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, phase.length) }, worker));
}

/** One planned call: the reads it needs first, then the call, audited when it writes. */
async function sendCall(
  deps: RunEngineDeps,
  now: () => Date,
  run: NewRun,
  call: PlannedCall,
  index: number,
  controller: AbortController,
  departed: () => void,
) {
  const reverse = call.checksReverse
    ? await reverseFriendships(deps, run, call, controller.signal)
    : undefined;
  let sent = false;
  const requestId = `${run.id}:${index}`;
  const outcome = await deps.callUpstream({
    service: call.endpoint.service,
    body: JSON.stringify(call.body),
    retry: call.endpoint.access === 'read',
    requestId,
    signal: controller.signal,
    onDeparture: async () => {
      sent = true;
      departed();
      // A read that left without an answer changed nothing, so after a crash it is rightly
      // not sent; marking it would cost a commit per call while the call holds its place.
      if (call.endpoint.access === 'write') await deps.store.markSent(run.id, index, now());
    },
  });
  if (call.endpoint.access === 'write') await audit(deps, now, run, call, outcome, requestId);
  return describeOutcome(run.plan, call, outcome, sent, requestId, reverse);
}

/** A plan run's last step, before it reads as done: read the state again and diff it. */
async function verifyPlan(
  deps: RunEngineDeps,
  now: () => Date,
  run: NewRun,
  plan: Plan,
): Promise<PlanVerification> {
  const checkedAt = () => now().toISOString();
  try {
    const state = await readPlanState(plan, {
      callUpstream: deps.callUpstream,
      requestId: `${run.id}:verify`,
    });
    const remaining = diffPlan(plan, state);
    return { in_sync: changeCount(remaining) === 0, remaining, checkedAt: checkedAt() };
  } catch (error) {
    return {
      in_sync: false,
      remaining: noChanges(),
      checkedAt: checkedAt(),
      error: (error as Error).message,
    };
  }
}

/**
 * Before a both-ways add, the targets that already list From_Account: the add creates only
 * the forward half for them, so undo deletes only that half. When the read fails every
 * target counts as listed, so an undo never deletes what the run did not make.
 */
async function reverseFriendships(
  deps: RunEngineDeps,
  run: NewRun,
  call: PlannedCall,
  signal: AbortSignal,
): Promise<Set<string>> {
  const existed = new Set(call.accounts);
  const outcome = await deps.callUpstream({
    service: endpoints.friendCheck.service,
    body: JSON.stringify({
      From_Account: call.body.From_Account,
      To_Account: call.accounts,
      CheckType: 'CheckResult_Type_Both',
    }),
    retry: true,
    requestId: `${run.id}:check`,
    signal,
  });
  if (!outcome.ok) return existed;
  const items = Array.isArray(outcome.json.InfoItem) ? outcome.json.InfoItem : [];
  for (const item of items as Record<string, unknown>[]) {
    const listed =
      item.Relation === 'CheckResult_Type_BWithA' || item.Relation === 'CheckResult_Type_BothWay';
    if (item.ResultCode === 0 && !listed) existed.delete(String(item.To_Account));
  }
  return existed;
}

async function audit(
  deps: RunEngineDeps,
  now: () => Date,
  run: NewRun,
  call: PlannedCall,
  outcome: UpstreamOutcome,
  requestId: string,
): Promise<void> {
  const entry = auditEntry(
    {
      time: now().toISOString(),
      requestId,
      operator: run.operator,
      role: run.role,
      api: call.endpoint.service,
      runId: run.id,
      body: call.body,
    },
    outcome,
  );
  await Promise.all([deps.auditLog?.append(entry), deps.store.appendAudit(entry)]);
}

/**
 * Records how a run ended. When the database is the reason it stopped, it keeps trying for a
 * while, so the run reads `failed` with its reason once the database is back.
 */
async function finalize(
  deps: RunEngineDeps,
  now: () => Date,
  id: string,
  status: RunStatus,
  reason?: string,
): Promise<void> {
  const record = () => deps.store.setStatus(id, status, { at: now(), reason });
  try {
    await record();
  } catch {
    let attempts = 0;
    const retry = setInterval(() => {
      attempts += 1;
      record().then(
        () => clearInterval(retry),
        (error: unknown) => {
          if (attempts < FINALIZE_ATTEMPTS) return;
          clearInterval(retry);
          deps.logger?.error({ runId: id, err: error }, 'could not record how the run ended');
        },
      );
    }, FINALIZE_RETRY_MS);
    retry.unref();
  }
}

/**
 * Call indexes grouped by phase, in phase order. Within a phase the APIs take turns (each has a
 * budget of its own, D12), so a matrix's friend_check and black_list_check passes go out together.
 */
function phasesOf(calls: readonly PlannedCall[]): number[][] {
  const phases = new Map<number, Map<string, number[]>>();
  calls.forEach((call, index) => {
    const phase = call.phase ?? 0;
    const byApi = phases.get(phase) ?? new Map<string, number[]>();
    phases.set(phase, byApi);
    const indexes = byApi.get(call.endpoint.service);
    if (indexes) indexes.push(index);
    else byApi.set(call.endpoint.service, [index]);
  });
  return [...phases].sort(([a], [b]) => a - b).map(([, byApi]) => takeTurns([...byApi.values()]));
}

/** [[a1, a2, a3], [b1]] → [a1, b1, a2, a3]. */
function takeTurns(lists: readonly number[][]): number[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const turns: number[] = [];
  for (let position = 0; position < longest; position += 1) {
    for (const list of lists) {
      const index = list[position];
      if (index !== undefined) turns.push(index);
    }
  }
  return turns;
}

interface RecordedCall {
  state: ItemState;
  httpStatus: number | null;
  failure: CallFailure | null;
  attempts: number;
  absorbed: number;
  requestId: string;
  items?: { code: number; info: string; undo?: string | null }[];
  relations?: string;
  cellFailures?: Record<string, { code: number; info: string }>;
  /** Undo runs: the accounts whose friendship is now deleted. */
  undoneAccounts?: string[];
}

/** The failure of a whole call, from an answer's ActionStatus, ErrorCode and ErrorInfo. */
function wholeFailureOf(envelope: Record<string, unknown>) {
  return envelope.ActionStatus === 'FAIL'
    ? {
        status: 200,
        ErrorCode: typeof envelope.ErrorCode === 'number' ? envelope.ErrorCode : -1,
        ErrorInfo: typeof envelope.ErrorInfo === 'string' ? envelope.ErrorInfo : '',
      }
    : null;
}

/**
 * done: Tencent answered. A call that never left is not sent; one that left without a usable
 * answer (timeout, reset, an HTTP error) is unknown: it may or may not have taken effect.
 */
function describeOutcome(
  plan: RunPlan,
  call: PlannedCall,
  outcome: UpstreamOutcome,
  sent: boolean,
  requestId: string,
  reverse: Set<string> | undefined,
): RecordedCall {
  const base = { attempts: outcome.attempts, absorbed: outcome.absorbedRateLimits, requestId };
  if (!outcome.ok) {
    const { status, title, detail } = outcome.problem;
    return {
      ...base,
      state: sent ? 'unknown' : 'not_sent',
      httpStatus: status,
      failure: { status, title, detail },
    };
  }
  if (plan.matrix) {
    const blocks = call.endpoint === endpoints.blackListCheck;
    const answer = () => outcome.json;
    const packed = packCheckAnswer(outcome.text, { accounts: call.accounts, blocks }, answer);
    return {
      ...base,
      state: 'done',
      httpStatus: 200,
      failure: wholeFailureOf(packed.envelope),
      relations: packed.relations,
      cellFailures: packed.failures,
    };
  }
  const json = outcome.json;
  const wholeFailure = wholeFailureOf(json);
  const answers = itemAnswers(call, json);
  const items = answers.map((answer, position) => {
    const account = call.accounts[position] ?? '';
    const undo =
      plan.kind === 'friend_add' && answer.code === 0
        ? call.body.AddType === 'Add_Type_Single' || (reverse?.has(account) ?? true)
          ? 'Delete_Type_Single'
          : 'Delete_Type_Both'
        : null;
    return { ...answer, undo };
  });
  return {
    ...base,
    state: 'done',
    httpStatus: 200,
    failure: wholeFailure && !Array.isArray(json.ResultItem) ? wholeFailure : null,
    items,
    undoneAccounts:
      plan.kind === 'undo'
        ? call.accounts.filter((_, position) => answers[position]?.code === 0)
        : undefined,
  };
}
