import { mkdirSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';

import type { UpstreamOutcome } from './upstream';

export const DEFAULT_AUDIT_LOG = './data/audit.log';

export interface AuditEntry {
  time: string;
  requestId: string;
  operator: string;
  role: string;
  api: string;
  From_Account?: string;
  To_Accounts: string[];
  /** The HTTP status the caller got: 200 with Tencent's answer, or the proxy's problem status. */
  status: number;
  ActionStatus?: string;
  ErrorCode?: number;
  results: { account: string; ResultCode: number }[];
  FailAccounts?: string[];
  attempts: number;
  /** 60007 answers held back and resent before this outcome. */
  absorbedRateLimits?: number;
  /** The run the call belongs to; absent for single calls. */
  runId?: string;
}

/** The audit line of one write call: who sent it, whom it named, and what came back. */
export function auditEntry(
  call: Pick<AuditEntry, 'time' | 'requestId' | 'operator' | 'role' | 'api' | 'runId'> & {
    body: unknown;
  },
  outcome: UpstreamOutcome,
): AuditEntry {
  const { body, ...who } = call;
  return {
    ...who,
    ...auditedAccounts(body),
    status: outcome.ok ? 200 : outcome.problem.status,
    ...(outcome.ok ? auditedResults(outcome.json) : { results: [] }),
    attempts: outcome.attempts,
    absorbedRateLimits: outcome.absorbedRateLimits,
  };
}

export interface AuditLog {
  /** Resolves once the line is on disk (fdatasync), so a response never outruns its record. */
  append(entry: AuditEntry): Promise<void>;
  close(): Promise<void>;
}

/**
 * An append-only JSON-lines file. Concurrent appends share one write and one fdatasync (group
 * commit), so the log keeps up with 200 writes a second.
 */
export function openAuditLog(path: string): AuditLog {
  mkdirSync(dirname(path), { recursive: true });
  const handle: Promise<FileHandle> = open(path, 'a', 0o600);
  let pending: { line: string; done: () => void; failed: (error: unknown) => void }[] = [];
  let flushing: Promise<void> | undefined;

  async function flush(): Promise<void> {
    const file = await handle;
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await file.appendFile(batch.map((entry) => entry.line).join(''));
        await file.datasync();
        for (const entry of batch) entry.done();
      } catch (error) {
        for (const entry of batch) entry.failed(error);
      }
    }
    flushing = undefined;
  }

  return {
    append(entry) {
      return new Promise((done, failed) => {
        pending.push({ line: `${JSON.stringify(entry)}\n`, done, failed });
        flushing ??= flush();
      });
    },
    async close() {
      await flushing;
      await (await handle).close();
    },
  };
}

/** Who a write call names, read from its body whatever the API's shape. */
export function auditedAccounts(body: unknown): Pick<AuditEntry, 'From_Account' | 'To_Accounts'> {
  const record = isRecord(body) ? body : {};
  const targets = new Set<string>();
  collectAccounts(record, targets, 0);
  return {
    ...(typeof record.From_Account === 'string' ? { From_Account: record.From_Account } : {}),
    To_Accounts: [...targets],
  };
}

/** Per-item outcomes from Tencent's answer: ResultItem[] and, for multiaccount_import, FailAccounts. */
export function auditedResults(
  answer: Record<string, unknown>,
): Pick<AuditEntry, 'ActionStatus' | 'ErrorCode' | 'results' | 'FailAccounts'> {
  const items = Array.isArray(answer.ResultItem) ? answer.ResultItem : [];
  const results = items.filter(isRecord).map((item) => ({
    account: String(item.To_Account ?? item.UserID ?? ''),
    ResultCode: Number(item.ResultCode),
  }));
  return {
    ...(typeof answer.ActionStatus === 'string' ? { ActionStatus: answer.ActionStatus } : {}),
    ...(typeof answer.ErrorCode === 'number' ? { ErrorCode: answer.ErrorCode } : {}),
    results,
    ...(Array.isArray(answer.FailAccounts)
      ? { FailAccounts: answer.FailAccounts.map(String) }
      : {}),
  };
}

const TARGET_FIELDS = new Set(['To_Account', 'UserID', 'Identifier', 'Accounts']);

function collectAccounts(value: Record<string, unknown>, into: Set<string>, depth: number): void {
  for (const [key, field] of Object.entries(value)) {
    if (TARGET_FIELDS.has(key)) {
      for (const account of Array.isArray(field) ? field : [field]) {
        if (typeof account === 'string') into.add(account);
      }
    }
    if (depth < 2) {
      for (const nested of Array.isArray(field) ? field : [field]) {
        if (isRecord(nested)) collectAccounts(nested, into, depth + 1);
      }
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
