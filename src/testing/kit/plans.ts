/**
 * Plans from Node and Playwright: `diffPlan` and `applyPlan` over the console's HTTP API
 * (`POST /api/plans/diff`, `POST /api/runs {"kind":"plan"}`). `applyPlan` waits for the run and
 * throws unless it ends in sync, so a CI job can set up a test app before its e2e suite.
 * README: "Plans".
 */
import { ConsoleApiError, type ConsoleClientOptions } from './console-client.ts';

type AllowTypeName =
  'AllowType_Type_NeedConfirm' | 'AllowType_Type_AllowAny' | 'AllowType_Type_DenyAny';

export interface PlanFriendSide {
  Remark?: string;
  GroupName?: string;
  AddSource?: string;
}

/** A plan as written (schemas/plan.schema.json describes it in full). */
export interface PlanDocument {
  $schema?: string;
  mode?: 'additive' | 'exact';
  ForceAddFlags?: 0 | 1;
  accounts: (
    | string
    | {
        UserID: string;
        Nick?: string;
        AllowType?: AllowTypeName;
        AdminForbidType?: 'AdminForbid_Type_None' | 'AdminForbid_Type_SendOut';
      }
  )[];
  friends?: (
    | [string, string]
    | [
        string,
        string,
        {
          direction?: 'both' | 'a-to-b';
          a?: PlanFriendSide;
          b?: PlanFriendSide;
          ForceAddFlags?: 0 | 1;
        },
      ]
  )[];
  blocks?: [string, string][];
}

interface Pair {
  From_Account: string;
  To_Account: string;
}

export interface PlanChanges {
  import: string[];
  profiles: ({ UserID: string } & Record<string, string>)[];
  unblock: Pair[];
  delete: Pair[];
  add: (Pair & {
    AddType: string;
    ForceAddFlags: number;
    Remark?: string;
    GroupName?: string;
    AddSource?: string;
  })[];
  fix: (Pair & { Remark?: string; GroupName?: string })[];
  block: Pair[];
}

export interface PlanDiffResult {
  changes: PlanChanges;
  /** Changes in all; 0 when the plan is in place. */
  total: number;
  calls: number;
  floor_s: number;
}

export interface PlanVerification {
  in_sync: boolean;
  remaining: PlanChanges;
  checkedAt: string;
  error?: string;
}

export interface PlanRunResult {
  id: string;
  status: string;
  plan: { calls: number; floor_s: number };
  counts: { items: number; done: number; not_sent: number; unknown: number } & Record<
    string,
    unknown
  >;
  verification: PlanVerification | null;
  reason: string | null;
}

/** The plan's run ended without the state matching the plan; `run` says what differs. */
export class PlanNotInSyncError extends Error {
  readonly run: PlanRunResult;
  constructor(run: PlanRunResult) {
    const remaining = run.verification?.remaining;
    const left = remaining ? describeChanges(remaining).slice(0, 10).join('; ') : '';
    super(
      `plan run ${run.id} ended ${run.status}${run.verification?.error ? ` (${run.verification.error})` : ''}, not in sync${left ? `: ${left}` : ''}`,
    );
    this.name = 'PlanNotInSyncError';
    this.run = run;
  }
}

/** One line per change, e.g. `add alice → bob (Add_Type_Both)`. */
export function describeChanges(changes: PlanChanges): string[] {
  const pair = (change: Pair) => `${change.From_Account} → ${change.To_Account}`;
  return [
    ...changes.import.map((account) => `import ${account}`),
    ...changes.profiles.map(
      ({ UserID, ...settings }) =>
        `profile ${UserID} ${Object.entries(settings)
          .map(([tag, value]) => `${tag}=${value}`)
          .join(' ')}`,
    ),
    ...changes.unblock.map((change) => `unblock ${pair(change)}`),
    ...changes.delete.map((change) => `delete ${pair(change)}`),
    ...changes.add.map((change) => `add ${pair(change)} (${change.AddType})`),
    ...changes.fix.map(
      (change) =>
        `fix ${pair(change)}${change.Remark !== undefined ? ` Remark=${change.Remark}` : ''}${change.GroupName !== undefined ? ` GroupName=${change.GroupName}` : ''}`,
    ),
    ...changes.block.map((change) => `block ${pair(change)}`),
  ];
}

const FINISHED = new Set(['done', 'cancelled', 'interrupted', 'failed']);

/**
 * `diffPlan` and `applyPlan` for a console; spread them into a client, e.g.
 * `{ ...createConsoleClient(options), ...planMethods(options) }`.
 */
export function planMethods(options: ConsoleClientOptions) {
  const origin = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function request(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await doFetch(`${origin}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const problem = json as { title?: string; detail?: string } | undefined;
      throw new ConsoleApiError(
        `${method} ${path}: HTTP ${response.status} ${problem?.title ?? ''}: ${problem?.detail ?? ''}`.trim(),
        response.status,
        json,
      );
    }
    return json;
  }

  async function waitForPlanRun(id: string, timeoutMs: number): Promise<PlanRunResult> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
      const run = (await request('GET', `/api/runs/${id}`)) as PlanRunResult;
      if (FINISHED.has(run.status)) return { ...run, verification: run.verification ?? null };
      if (Date.now() > deadline) {
        throw new Error(`plan run ${id} is still ${run.status} after ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  return {
    /** What applying the plan now would change, its calls and floor time. Only reads. */
    async diffPlan(plan: PlanDocument): Promise<PlanDiffResult> {
      return (await request('POST', '/api/plans/diff', plan)) as PlanDiffResult;
    },

    /**
     * Applies the plan as one run and waits for it. Returns the run when it ends in sync;
     * throws PlanNotInSyncError otherwise. `idempotencyKey` makes a retried call start no
     * second run.
     */
    async applyPlan(
      plan: PlanDocument,
      {
        timeoutMs = 10 * 60_000,
        idempotencyKey,
      }: { timeoutMs?: number; idempotencyKey?: string } = {},
    ): Promise<PlanRunResult> {
      const response = await doFetch(`${origin}/api/runs`, {
        method: 'POST',
        headers: {
          ...headers,
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body: JSON.stringify({ kind: 'plan', plan }),
      });
      const json = (await response.json()) as { id?: string; title?: string; detail?: string };
      if (!response.ok || !json.id) {
        throw new ConsoleApiError(
          `POST /api/runs: HTTP ${response.status} ${json.title ?? ''}: ${json.detail ?? ''}`.trim(),
          response.status,
          json,
        );
      }
      const run = await waitForPlanRun(json.id, timeoutMs);
      if (run.status !== 'done' || !run.verification?.in_sync) throw new PlanNotInSyncError(run);
      return run;
    },
  };
}
export type PlanMethods = ReturnType<typeof planMethods>;
