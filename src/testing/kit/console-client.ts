/**
 * A small typed client over the console proxy's HTTP API, for setting up state without a
 * browser: the same operations as the Playwright fixtures. It needs only the console's URL
 * (and a token when the console requires one); the proxy holds every credential.
 */

export type Relation = 'both' | 'a-to-b' | 'b-to-a' | 'none';
export type AddType = 'both' | 'single';
export type AllowType = 'AllowAny' | 'NeedConfirm' | 'DenyAny';
export type ScenarioName = 'empty' | 'demo' | 'mixed-relations';

export interface ConsoleClientOptions {
  /** The console's origin, e.g. http://127.0.0.1:8080. */
  baseUrl: string;
  /** AUTH_TOKEN of the console, when it has one; sent as a Bearer token. */
  token?: string;
  fetch?: typeof fetch;
}

export interface AddFriendsInput {
  from: string;
  to: string | string[];
  /** `both` (default) adds each account to the other's list; `single` only to `from`'s. */
  type?: AddType;
  /** ForceAddFlags: skip the targets' approval setting. */
  force?: boolean;
}

export interface ItemResult {
  account: string;
  resultCode: number;
  resultInfo: string;
}

export interface FaultRule {
  api: string;
  from?: string;
  to?: string;
  resultCode?: number;
  errorCode?: number;
  httpStatus?: number;
  latencyMs?: number;
  times?: number;
  probability?: number;
}

export interface CallRecord {
  id: number;
  time: string;
  api: string;
  from?: string;
  httpStatus: number;
  actionStatus?: 'OK' | 'FAIL';
  errorCode?: number;
  failedAccounts: number;
  durationMs: number;
  faults: string[];
}

/** A Tencent answer: the envelope plus whatever the API returns. */
export type TencentAnswer = {
  ActionStatus: 'OK' | 'FAIL';
  ErrorCode: number;
  ErrorInfo: string;
} & Record<string, unknown>;

export type RunStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'interrupted' | 'failed';
/** done: answered; not_sent: never left the console; unknown: sent, and no answer came. */
export type ItemState = 'done' | 'not_sent' | 'unknown';

/** A run body in Tencent's field names, e.g. `{ kind: 'friend_add', From_Account, AddFriendItem }`. */
export type RunBody = { kind: string } & Record<string, unknown>;

export interface RunAccepted {
  id: string;
  status: RunStatus;
  plan: { calls: number; floor_s: number };
}

/** `GET /api/runs/:id`: where a server-side run stands. */
export interface RunSummary extends RunAccepted {
  kind: string;
  counts: {
    items: number;
    done: number;
    not_sent: number;
    unknown: number;
    byResultCode: Record<string, number>;
    undone: number;
    calls: number;
    callsDone: number;
    absorbedRateLimits: number;
  };
  operator: string;
  role: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  From_Account: string | null;
  parent: string | null;
  undoneBy: string | null;
  reason: string | null;
  request: Record<string, unknown>;
}

/** One account's outcome in a run (every kind but relation_matrix, whose items are calls). */
export interface RunItem {
  index: number;
  call: number;
  To_Account: string;
  state: ItemState;
  ResultCode: number | null;
  ResultInfo: string | null;
  failure: { status: number; ErrorCode?: number; ErrorInfo?: string; detail?: string } | null;
  undo: 'Delete_Type_Both' | 'Delete_Type_Single' | null;
  undone: boolean;
  verified: 'present' | 'absent' | null;
  finishedAt: string | null;
}

const FINISHED: ReadonlySet<RunStatus> = new Set(['done', 'cancelled', 'interrupted', 'failed']);

/** The console refused the call (problem+json) or Tencent failed it as a whole. */
export class ConsoleApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(message: string, status: number, body: unknown) {
    super(message);
    this.name = 'ConsoleApiError';
    this.status = status;
    this.body = body;
  }
}

const RELATIONS: Record<string, Relation> = {
  CheckResult_Type_BothWay: 'both',
  CheckResult_Type_AWithB: 'a-to-b',
  CheckResult_Type_BWithA: 'b-to-a',
  CheckResult_Type_NoRelation: 'none',
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    parts.push(items.slice(start, start + size));
  return parts;
}

/** Requests to the console's HTTP API, and Tencent calls through its proxy. */
function consoleHttp(options: ConsoleClientOptions) {
  const origin = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function request(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<unknown> {
    const response = await doFetch(`${origin}${path}`, {
      method,
      headers: { ...headers, ...extraHeaders },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const problem = json as { title?: string; detail?: string; error?: string } | undefined;
      throw new ConsoleApiError(
        `${method} ${path}: HTTP ${response.status} ${problem?.title ?? problem?.error ?? ''} ${problem?.detail ?? ''}`.trim(),
        response.status,
        json,
      );
    }
    return json;
  }

  /** One Tencent API through the proxy, e.g. `call('v4/sns/friend_check', {...})`. */
  async function call(service: string, body: unknown): Promise<TencentAnswer> {
    const path = service.startsWith('v4/') ? service : `v4/${service}`;
    return (await request('POST', `/api/${path}`, body)) as TencentAnswer;
  }

  /** Like `call`, but a request-level FAIL throws. */
  async function callOk(service: string, body: unknown): Promise<TencentAnswer> {
    const answer = await call(service, body);
    if (answer.ActionStatus !== 'OK') {
      throw new ConsoleApiError(
        `${service}: ErrorCode ${answer.ErrorCode} ${answer.ErrorInfo}`,
        200,
        answer,
      );
    }
    return answer;
  }

  async function getRun(id: string): Promise<RunSummary> {
    return (await request('GET', `/api/runs/${encodeURIComponent(id)}`)) as RunSummary;
  }

  const items = (answer: TencentAnswer): ItemResult[] =>
    (
      (answer.ResultItem as { To_Account: string; ResultCode: number; ResultInfo: string }[]) ?? []
    ).map((item) => ({
      account: item.To_Account,
      resultCode: item.ResultCode,
      resultInfo: item.ResultInfo,
    }));

  return { request, call, callOk, getRun, items };
}

type ConsoleHttp = ReturnType<typeof consoleHttp>;

/** Server-side runs: start, follow, page through and cancel. */
function runMethods({ request, getRun }: ConsoleHttp) {
  return {
    /**
     * Starts a server-side run (`POST /api/runs`). The same `idempotencyKey` within 24 h answers
     * the run it started before instead of starting another.
     */
    async startRun(body: RunBody, { idempotencyKey }: { idempotencyKey?: string } = {}) {
      return (await request(
        'POST',
        '/api/runs',
        body,
        idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
      )) as RunAccepted;
    },

    run: getRun,

    /** Waits until the run has finished (done, cancelled, interrupted or failed); its summary. */
    async waitForRun(
      id: string,
      { timeoutMs = 60_000, pollMs = 200 }: { timeoutMs?: number; pollMs?: number } = {},
    ): Promise<RunSummary> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const summary = await getRun(id);
        if (FINISHED.has(summary.status)) return summary;
        if (Date.now() > deadline) {
          throw new ConsoleApiError(
            `run ${id} is still ${summary.status} after ${timeoutMs} ms (${summary.counts.callsDone} of ${summary.counts.calls} calls done)`,
            200,
            summary,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },

    /** Every item of a run in order, read page by page; `status` narrows them. */
    async runItems(
      id: string,
      { status }: { status?: ItemState | 'failed' | 'succeeded' } = {},
    ): Promise<RunItem[]> {
      const items: RunItem[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const query = new URLSearchParams({ limit: '5000' });
        if (status) query.set('status', status);
        if (cursor) query.set('cursor', cursor);
        const page = (await request(
          'GET',
          `/api/runs/${encodeURIComponent(id)}/items?${query.toString()}`,
        )) as { items: RunItem[]; next: string | null };
        items.push(...page.items);
        cursor = page.next;
      }
      return items;
    },

    async cancelRun(id: string): Promise<RunSummary> {
      return (await request('POST', `/api/runs/${encodeURIComponent(id)}/cancel`)) as RunSummary;
    },
  };
}

/** Friendships, blocks and accounts set up through Tencent's own APIs. */
function friendMethods({ callOk, items }: ConsoleHttp) {
  return {
    /** multiaccount_import, 100 per call; returns the accounts that were refused. */
    async importAccounts(accounts: string[]): Promise<string[]> {
      const failed: string[] = [];
      for (const part of chunks(accounts, 100)) {
        const answer = await callOk('v4/im_open_login_svc/multiaccount_import', { Accounts: part });
        failed.push(...((answer.FailAccounts as string[] | undefined) ?? []));
      }
      return failed;
    },

    /** friend_add, 1000 per call; one result per account. */
    async addFriends({ from, to, type = 'both', force = false }: AddFriendsInput) {
      const results: ItemResult[] = [];
      for (const part of chunks(Array.isArray(to) ? to : [to], 1000)) {
        const answer = await callOk('v4/sns/friend_add', {
          From_Account: from,
          AddFriendItem: part.map((To_Account) => ({ To_Account })),
          AddType: type === 'both' ? 'Add_Type_Both' : 'Add_Type_Single',
          ForceAddFlags: force ? 1 : 0,
        });
        results.push(...items(answer));
      }
      return results;
    },

    /** friend_delete, both ways by default. */
    async deleteFriends({ from, to, type = 'both' }: AddFriendsInput) {
      const answer = await callOk('v4/sns/friend_delete', {
        From_Account: from,
        To_Account: Array.isArray(to) ? to : [to],
        DeleteType: type === 'both' ? 'Delete_Type_Both' : 'Delete_Type_Single',
      });
      return items(answer);
    },

    /** How `a` and `b` relate: `a-to-b` means b is in a's friend list only. */
    async relation(a: string, b: string): Promise<Relation> {
      const answer = await callOk('v4/sns/friend_check', {
        From_Account: a,
        To_Account: [b],
        CheckType: 'CheckResult_Type_Both',
      });
      const item = (answer.InfoItem as { Relation: string; ResultCode: number }[] | undefined)?.[0];
      const relation = item ? RELATIONS[item.Relation] : undefined;
      if (!relation || item?.ResultCode !== 0)
        throw new ConsoleApiError(`friend_check ${a} → ${b} gave no relation`, 200, answer);
      return relation;
    },

    async block(from: string, to: string[]) {
      return items(await callOk('v4/sns/black_list_add', { From_Account: from, To_Account: to }));
    },

    async unblock(from: string, to: string[]) {
      return items(
        await callOk('v4/sns/black_list_delete', { From_Account: from, To_Account: to }),
      );
    },

    async setAllowType(account: string, allowType: AllowType): Promise<void> {
      await callOk('v4/profile/portrait_set', {
        From_Account: account,
        ProfileItem: [{ Tag: 'Tag_Profile_IM_AllowType', Value: `AllowType_Type_${allowType}` }],
      });
    },
  };
}

/** The emulator's control API: scenarios, faults, its call log and state. */
function emulatorMethods({ request }: ConsoleHttp) {
  return {
    /** Emulator only: a clean slate (the `empty` scenario by default), with no fault rules. */
    async resetEmulator(scenario: ScenarioName = 'empty'): Promise<{ accounts: number }> {
      const answer = (await request('POST', '/api/emulator/reset', { seed: scenario })) as {
        accounts: number;
      };
      await request('DELETE', '/api/emulator/faults');
      return answer;
    },

    /** Emulator only: replaces the state with a named scenario; fault rules stay. */
    async loadScenario(name: ScenarioName): Promise<{ accounts: number }> {
      return (await request('POST', '/api/emulator/reset', { seed: name })) as { accounts: number };
    },

    async addFault(rule: FaultRule): Promise<{ id: string }> {
      return (await request('POST', '/api/emulator/faults', rule)) as { id: string };
    },

    /** Removes one fault rule, leaving the rules of tests sharing the emulator alone. */
    async removeFault(id: string): Promise<void> {
      await request('DELETE', `/api/emulator/faults/${encodeURIComponent(id)}`);
    },

    /** Removes every fault rule, other tests' included. */
    async clearFaults(): Promise<void> {
      await request('DELETE', '/api/emulator/faults');
    },

    /** The emulator's most recent calls, newest first. */
    async recentCalls({ api, limit = 100 }: { api?: string; limit?: number } = {}) {
      const query = new URLSearchParams({ limit: String(limit), ...(api ? { api } : {}) });
      return (
        (await request('GET', `/api/emulator/calls?${query.toString()}`)) as {
          calls: CallRecord[];
        }
      ).calls;
    },

    async exportState(): Promise<unknown> {
      return request('GET', '/api/emulator/state');
    },

    async importState(state: unknown): Promise<{ accounts: number }> {
      return (await request('PUT', '/api/emulator/state', state)) as { accounts: number };
    },
  };
}

/** The client over the console's HTTP API, without plans (see `createConsoleClient`). */
export function createApiClient(options: ConsoleClientOptions) {
  const http = consoleHttp(options);
  return {
    call: http.call,
    callOk: http.callOk,
    ...runMethods(http),
    ...friendMethods(http),
    ...emulatorMethods(http),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
