import { z } from 'zod';

import { isValidTimeZone } from '@/shared/lib/iso-time';

import { accountId } from './common';
import { AddFriendItem, AddType, ForceAddFlags } from './friend-add';
import { CheckType } from './friend-check';
import { DeleteType } from './friends';
import { Plan, PlanVerification } from './plan';
import { AdminForbidType, AllowType, PROFILE_TAGS } from './profile';

/**
 * Runs: bulk work the proxy carries out as a server-side job (issue #13). Bodies use Tencent's
 * field names; the run cuts them into calls by each API's per-call cap.
 */

/** Ours: the most items one run takes, so that a run's rows stay a bounded write. */
export const RUN_MAX_ITEMS = 100_000;
/** Ours: a matrix run checks at most a million pairs, as the screen does. */
export const MATRIX_MAX_CELLS = 1_000_000;
export const MATRIX_MAX_ACCOUNTS = 10_000;

const accountList = (field: string, max = RUN_MAX_ITEMS) =>
  z
    .array(accountId(field), { error: `${field} must be an array of UserIDs` })
    .min(1, { message: `${field} needs at least one account` })
    .max(max, {
      message: `${field} has more than ${max} accounts; the limit is ${max} per run`,
    });

export const RUN_KINDS = [
  'friend_add',
  'relation_matrix',
  'friend_delete',
  'black_list_add',
  'black_list_delete',
  'account_import',
  'portrait_set',
  'plan',
  'undo',
  'retry',
] as const;
export type RunKind = (typeof RUN_KINDS)[number];

export const RunId = z.string().regex(/^[0-9a-z-]{8,64}$/, { message: 'not a run id' });

export const FriendAddRunRequest = z.strictObject({
  kind: z.literal('friend_add'),
  From_Account: accountId('From_Account'),
  AddFriendItem: z
    .array(AddFriendItem, { error: 'AddFriendItem must be an array' })
    .min(1, { message: 'AddFriendItem needs at least one item' })
    .max(RUN_MAX_ITEMS, {
      message: `AddFriendItem has more than ${RUN_MAX_ITEMS} items; the limit is ${RUN_MAX_ITEMS} per run`,
    }),
  AddType: AddType.optional(),
  ForceAddFlags: ForceAddFlags.optional(),
});

export const RelationMatrixRunRequest = z
  .strictObject({
    kind: z.literal('relation_matrix'),
    Rows: accountList('Rows', MATRIX_MAX_ACCOUNTS),
    Columns: accountList('Columns', MATRIX_MAX_ACCOUNTS).optional(),
    CheckType,
  })
  .superRefine((body, ctx) => {
    const cells = body.Rows.length * (body.Columns ?? body.Rows).length;
    if (cells > MATRIX_MAX_CELLS) {
      ctx.addIssue({
        code: 'custom',
        path: ['Rows'],
        message: `Rows × Columns is ${cells} pairs; the limit is ${MATRIX_MAX_CELLS} per run`,
      });
    }
  });

export const FriendDeleteRunRequest = z.strictObject({
  kind: z.literal('friend_delete'),
  From_Account: accountId('From_Account'),
  To_Account: accountList('To_Account'),
  DeleteType: DeleteType.optional(),
});

const blocklistRun = <K extends string>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    From_Account: accountId('From_Account'),
    To_Account: accountList('To_Account'),
  });
export const BlackListAddRunRequest = blocklistRun('black_list_add');
export const BlackListDeleteRunRequest = blocklistRun('black_list_delete');

export const AccountImportRunRequest = z.strictObject({
  kind: z.literal('account_import'),
  Accounts: accountList('Accounts'),
});

/** The profile settings the console changes for many accounts at once. */
export const ProfileSetRunRequest = z
  .strictObject({
    kind: z.literal('portrait_set'),
    Accounts: accountList('Accounts'),
    AllowType: AllowType.optional(),
    AdminForbidType: AdminForbidType.optional(),
  })
  .refine((body) => body.AllowType !== undefined || body.AdminForbidType !== undefined, {
    message: 'Set AllowType, AdminForbidType or both',
    path: ['AllowType'],
  });

/** Applies the difference between a plan and the live state, read when the run is accepted. */
export const PlanRunRequest = z.strictObject({ kind: z.literal('plan'), plan: Plan });

export const UndoRunRequest = z.strictObject({ kind: z.literal('undo'), run: RunId });

/**
 * A new run of the same kind over a stored run's items: by default every item not sent, whose
 * answer never came, or whose ResultCode the catalogue calls retryable; or the named accounts.
 */
export const RetryRunRequest = z.strictObject({
  kind: z.literal('retry'),
  run: RunId,
  To_Account: accountList('To_Account').optional(),
  ForceAddFlags: ForceAddFlags.optional(),
});

export const RunRequest = z.discriminatedUnion(
  'kind',
  [
    FriendAddRunRequest,
    RelationMatrixRunRequest,
    FriendDeleteRunRequest,
    BlackListAddRunRequest,
    BlackListDeleteRunRequest,
    AccountImportRunRequest,
    ProfileSetRunRequest,
    PlanRunRequest,
    UndoRunRequest,
    RetryRunRequest,
  ],
  {
    error: (issue): string =>
      issue.code === 'invalid_union'
        ? `kind must be one of ${RUN_KINDS.join(', ')}`
        : 'The body must be a run object',
  },
);
export type RunRequest = z.infer<typeof RunRequest>;

/** Kinds that only read: viewers may start them. */
export const READ_RUN_KINDS: ReadonlySet<RunKind> = new Set(['relation_matrix']);

export const PROFILE_RUN_TAGS = {
  AllowType: PROFILE_TAGS.allowType,
  AdminForbidType: PROFILE_TAGS.adminForbidType,
} as const;

export const RUN_STATUSES = [
  'queued',
  'running',
  'done',
  'cancelled',
  'interrupted',
  'failed',
] as const;
export const RunStatus = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatus>;
export const FINISHED_STATUSES: ReadonlySet<RunStatus> = new Set([
  'done',
  'cancelled',
  'interrupted',
  'failed',
]);

/** done: answered; not_sent: never left the proxy; unknown: sent, and no answer came. */
export const ITEM_STATES = ['done', 'not_sent', 'unknown'] as const;
export const ItemState = z.enum(ITEM_STATES);
export type ItemState = z.infer<typeof ItemState>;

/** What a call that failed as a whole reports: Tencent's envelope, or the proxy's problem. */
export const CallFailure = z.object({
  status: z.number().int(),
  ErrorCode: z.number().int().optional(),
  ErrorInfo: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
});
export type CallFailure = z.infer<typeof CallFailure>;

export const RunCounts = z.object({
  items: z.number().int(),
  done: z.number().int(),
  not_sent: z.number().int(),
  unknown: z.number().int(),
  /** Answered items by ResultCode (0 is success). */
  byResultCode: z.record(z.string(), z.number().int()),
  /** Undone items (friend_add runs after an undo). */
  undone: z.number().int(),
  calls: z.number().int(),
  callsDone: z.number().int(),
  /** 60007 answers the proxy held and resent; Tencent executes none of them. */
  absorbedRateLimits: z.number().int(),
});
export type RunCounts = z.infer<typeof RunCounts>;

export const RunSummary = z.object({
  id: z.string(),
  kind: z.enum(RUN_KINDS),
  status: RunStatus,
  plan: z.object({ calls: z.number().int(), floor_s: z.number() }),
  counts: RunCounts,
  operator: z.string(),
  role: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  target: z.object({ sdkAppId: z.number().int(), host: z.string(), mode: z.string() }),
  From_Account: z.string().nullable(),
  /** The run this one retries or undoes. */
  parent: z.string().nullable(),
  /** The undo run made for this run, if any. */
  undoneBy: z.string().nullable(),
  /** Why a failed run stopped. */
  reason: z.string().nullable(),
  /** The body as it was accepted, in Tencent's field names. */
  request: z.record(z.string(), z.unknown()),
  /** Plan runs: what reading the state again after the calls found. */
  verification: PlanVerification.nullable().optional(),
});
export type RunSummary = z.infer<typeof RunSummary>;

/** Accepted: what `POST /api/runs` answers (202, or 200 for a replayed Idempotency-Key). */
export const RunAccepted = z.object({
  id: z.string(),
  status: RunStatus,
  plan: z.object({ calls: z.number().int(), floor_s: z.number() }),
});
export type RunAccepted = z.infer<typeof RunAccepted>;

/** One account's outcome in a run (every kind but the matrix). */
export const RunItem = z.object({
  index: z.number().int(),
  call: z.number().int(),
  /** The account the item is about: To_Account, or the account imported or set. */
  To_Account: z.string(),
  /** Plan runs, whose calls come from many accounts: the call's From_Account and API. */
  From_Account: z.string().nullable().optional(),
  api: z.string().optional(),
  state: ItemState,
  ResultCode: z.number().int().nullable(),
  ResultInfo: z.string().nullable(),
  /** The call failed as a whole: every item of it carries the failure. */
  failure: CallFailure.nullable(),
  /** friend_add: how an undo deletes this friendship, when the add made it. */
  undo: DeleteType.nullable(),
  undone: z.boolean(),
  /** "Check these": what a later read found for an item whose answer never came. */
  verified: z.enum(['present', 'absent']).nullable(),
  finishedAt: z.string().nullable(),
});
export type RunItem = z.infer<typeof RunItem>;

/**
 * One call of a matrix run. A friend_check call's `Relations` has one letter per To_Account, in
 * order, of RELATION_LETTERS; a black_list_check call's `Blocks` the same of BLOCK_LETTERS (its
 * `Relations` is null). A failed item is `x` and named in `failures`. Runs stored before the
 * black_list_check pass have friend_check calls only, without `check`.
 */
export const MatrixCall = z.object({
  index: z.number().int(),
  check: z.enum(['friend_check', 'black_list_check']).optional(),
  From_Account: z.string(),
  To_Account: z.array(z.string()),
  state: ItemState,
  Relations: z.string().nullable(),
  Blocks: z.string().nullable().optional(),
  failures: z.record(z.string(), z.object({ ResultCode: z.number(), ResultInfo: z.string() })),
  failure: CallFailure.nullable(),
});
export type MatrixCall = z.infer<typeof MatrixCall>;

export const RELATION_LETTERS = {
  CheckResult_Type_BothWay: 'b',
  CheckResult_Type_AWithB: 'a',
  CheckResult_Type_BWithA: 'r',
  CheckResult_Type_NoRelation: 'n',
} as const;
/** black_list_check's answer (CheckType BlackCheckResult_Type_Both), seen from From_Account. */
export const BLOCK_LETTERS = {
  BlackCheckResult_Type_BothWay: 'b',
  BlackCheckResult_Type_AWithB: 'a',
  BlackCheckResult_Type_BWithA: 'r',
  BlackCheckResult_Type_NO: 'n',
} as const;
export const FAILED_LETTER = 'x';

export const RunItemsPage = z.object({
  items: z.array(z.union([RunItem, MatrixCall])),
  /** Pass as `cursor` for the next page; null on the last. */
  next: z.string().nullable(),
});

export const ITEM_FILTERS = ['done', 'not_sent', 'unknown', 'failed', 'succeeded'] as const;

/** One entry of History: a run, or a single write call made outside runs. */
export const HistoryEntry = z.object({
  type: z.enum(['run', 'call']),
  id: z.string(),
  time: z.string(),
  operator: z.string(),
  role: z.string(),
  api: z.string(),
  From_Account: z.string().nullable(),
  To_Accounts: z.array(z.string()),
  /** A run's status, or a call's outcome (`ok`, `failed`, `partial`). */
  outcome: z.string(),
  /** A run's kind; null for a single call. */
  kind: z.string().nullable(),
  /** A run's items, or the accounts a single call named. */
  items: z.number(),
  /** `kind` and `items` in English words, kept for scripts that read it. */
  summary: z.string(),
  run: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const EXPORT_LANGUAGES = ['en', 'zh-CN'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/**
 * `?lang=&tz=` of the server's CSV exports: explanation columns in the console's language and
 * times in the operator's zone; headers stay Tencent's field names in every language.
 */
export const ExportQuery = z.object({
  lang: z
    .enum(EXPORT_LANGUAGES, { error: `lang must be one of ${EXPORT_LANGUAGES.join(', ')}` })
    .default('en'),
  tz: z
    .string()
    .max(64, { message: 'tz is over 64 characters; the limit is 64' })
    .refine(isValidTimeZone, { message: 'tz must be an IANA time zone such as Asia/Shanghai' })
    .default('UTC'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

export const HistoryPage = z.object({
  entries: z.array(HistoryEntry),
  next: z.string().nullable(),
});

/** Server-sent events of `GET /api/runs/:id/events`. */
export const RUN_EVENTS = {
  /** data: RunSummary, whenever counts change (at most ~10 a second). */
  progress: 'progress',
  /** data: (RunItem | MatrixCall)[], items finished since the last event. */
  items: 'items',
  /** data: RunSummary, once, when the run has finished. */
  end: 'end',
} as const;
