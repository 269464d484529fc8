import { z } from 'zod';

import { AccountId, accountId, utf8String } from './common';
import { PROFILE_TEXT_MAX_BYTES } from './account';
import { AddSource, FIELD_LIMITS, ForceAddFlags } from './friend-add';
import { AdminForbidType, AllowType } from './profile';

/**
 * Plans (issue #20): the friendships, blocks and profile settings a set of accounts should
 * have. `diffPlan` compares one with what is there; a `plan` run applies the difference.
 * Field names are Tencent's wherever Tencent has one.
 */

/** Ours: a plan is applied as one run, so it keeps within a run's limits. */
export const PLAN_MAX_ACCOUNTS = 10_000;
export const PLAN_MAX_PAIRS = 100_000;

export const PLAN_MODES = ['additive', 'exact'] as const;
export const PlanMode = z.enum(PLAN_MODES, { error: 'mode must be additive or exact' });
export type PlanMode = z.infer<typeof PlanMode>;

export const PlanAccount = z.strictObject({
  UserID: accountId('UserID'),
  Nick: utf8String('Nick', { maxBytes: PROFILE_TEXT_MAX_BYTES }).optional(),
  AllowType: AllowType.optional(),
  AdminForbidType: AdminForbidType.optional(),
});
export type PlanAccount = z.infer<typeof PlanAccount>;

/** What one side's friend list says about the other; absent fields are left as they are. */
export const PlanFriendSide = z.strictObject({
  Remark: utf8String('Remark', { maxBytes: FIELD_LIMITS.Remark }).optional(),
  GroupName: utf8String('GroupName', { minBytes: 1, maxBytes: FIELD_LIMITS.GroupName }).optional(),
  /** Set when the friendship is made; Tencent cannot change it later (friend_update refuses). */
  AddSource: AddSource.optional(),
});
export type PlanFriendSide = z.infer<typeof PlanFriendSide>;

export const FRIEND_DIRECTIONS = ['both', 'a-to-b'] as const;

export const PlanFriendOptions = z.strictObject({
  /** both: each lists the other; a-to-b: only a lists b. Default both. */
  direction: z.enum(FRIEND_DIRECTIONS, { error: 'direction must be both or a-to-b' }).optional(),
  /** a's entry for b. */
  a: PlanFriendSide.optional(),
  /** b's entry for a (direction both only). */
  b: PlanFriendSide.optional(),
  /** Overrides the plan's ForceAddFlags for this pair. */
  ForceAddFlags: ForceAddFlags.optional(),
});
export type PlanFriendOptions = z.infer<typeof PlanFriendOptions>;

/** `[a, b]` or `[a, b, { direction, a, b, ForceAddFlags }]`. */
const PlanFriendEntry = z.tuple(
  [accountId('UserID'), accountId('UserID'), PlanFriendOptions.optional()],
  { error: 'a friendship is [a, b] or [a, b, { direction, a, b }]' },
);
export type PlanFriendEntry = z.infer<typeof PlanFriendEntry>;

/** `[a, b]`: a has b in its blocklist. */
export const PlanBlock = z.tuple([accountId('UserID'), accountId('UserID')], {
  error: 'a block is [a, b]: a blocks b',
});

const PlanObject = z.strictObject({
  $schema: z.string().optional(),
  /** additive: only add what is missing; exact: also remove, among the plan's accounts, what it does not list. */
  mode: PlanMode.default('additive'),
  /** Default for every friendship: 1 adds without the peer's approval (AllowType). */
  ForceAddFlags: ForceAddFlags.optional(),
  accounts: z
    .array(
      z.union([accountId('UserID'), PlanAccount], {
        error: 'an account is a UserID or { UserID, … }',
      }),
      {
        error: 'accounts must be an array',
      },
    )
    .min(1, { message: 'accounts needs at least one account' })
    .max(PLAN_MAX_ACCOUNTS, {
      message: `accounts has more than ${PLAN_MAX_ACCOUNTS} accounts; the limit is ${PLAN_MAX_ACCOUNTS}`,
    }),
  friends: z
    .array(PlanFriendEntry, { error: 'friends must be an array' })
    .max(PLAN_MAX_PAIRS, {
      message: `friends has more than ${PLAN_MAX_PAIRS} pairs; the limit is ${PLAN_MAX_PAIRS}`,
    })
    .default([]),
  blocks: z
    .array(PlanBlock, { error: 'blocks must be an array' })
    .max(PLAN_MAX_PAIRS, {
      message: `blocks has more than ${PLAN_MAX_PAIRS} pairs; the limit is ${PLAN_MAX_PAIRS}`,
    })
    .default([]),
});

/** The references and combinations a plan cannot hold, each named by its path. */
function checkReferences(plan: z.infer<typeof PlanObject>, ctx: z.RefinementCtx): void {
  const declared = new Set<string>();
  plan.accounts.forEach((entry, index) => {
    const id = typeof entry === 'string' ? entry : entry.UserID;
    if (declared.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['accounts', index],
        message: `${id} is declared twice`,
      });
    }
    declared.add(id);
  });
  const pairs = new Map<string, string>();
  const checkPair = (list: 'friends' | 'blocks', index: number, a: string, b: string) => {
    let ok = true;
    for (const [position, id] of [a, b].entries()) {
      // An id that breaks the UserID rules is already named by its own issue.
      if (!declared.has(id) && AccountId.safeParse(id).success) {
        ok = false;
        ctx.addIssue({
          code: 'custom',
          path: [list, index, position],
          message: `${id} is not declared in accounts`,
        });
      }
    }
    if (a === b) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index],
        message: `${a} cannot be paired with itself`,
      });
      return;
    }
    if (!ok) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const earlier = pairs.get(key);
    const here = `${list}[${index}]`;
    if (earlier) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index],
        // A block removes any friendship between the two (both ways), so both cannot hold.
        message: `${a} and ${b} are already paired at ${earlier}; a pair is listed once, and a block removes their friendship`,
      });
    } else pairs.set(key, here);
  };
  plan.friends.forEach(([a, b, options], index) => {
    checkPair('friends', index, a, b);
    if (options?.direction === 'a-to-b' && options.b) {
      ctx.addIssue({
        code: 'custom',
        path: ['friends', index, 2, 'b'],
        message: `direction a-to-b: ${b} does not list ${a}, so there is no b side to describe`,
      });
    }
  });
  const blocks = new Set<string>();
  plan.blocks.forEach(([a, b], index) => {
    if (blocks.has(`${b}\u0000${a}`)) {
      // Blocking each other is a state Tencent allows: both entries are one unordered pair.
      blocks.add(`${a}\u0000${b}`);
      return;
    }
    blocks.add(`${a}\u0000${b}`);
    checkPair('blocks', index, a, b);
  });
}

export const Plan = PlanObject.superRefine(checkReferences);
/** A plan as written (defaults not yet filled in). */
export type PlanInput = z.input<typeof Plan>;
export type Plan = z.output<typeof Plan>;

/** One friend-list entry: `owner` lists `friend`. */
export interface FriendEntry {
  owner: string;
  friend: string;
  Remark?: string;
  GroupName?: string;
  AddSource?: string;
}

export interface PlanAccountSettings {
  Nick?: string;
  AllowType?: AllowType;
  AdminForbidType?: AdminForbidType;
}

/** A plan flattened: settings per account, wanted friend-list entries and blocks. */
export interface NormalizedPlan {
  mode: PlanMode;
  accounts: Map<string, PlanAccountSettings>;
  /** Key `owner\0friend`. */
  entries: Map<string, FriendEntry & { force: 0 | 1; pair: number }>;
  /** Key `owner\0blocked`. */
  blocks: Set<string>;
  /** The friendships in plan order: which entries each holds, so adds can pair them up. */
  pairs: { a: string; b: string; both: boolean; force: 0 | 1 }[];
}

export const pairKey = (owner: string, other: string) => `${owner}\u0000${other}`;
export function splitKey(key: string): [string, string] {
  const [a = '', b = ''] = key.split('\u0000');
  return [a, b];
}

export function normalizePlan(plan: Plan): NormalizedPlan {
  const accounts = new Map<string, PlanAccountSettings>();
  for (const entry of plan.accounts) {
    if (typeof entry === 'string') accounts.set(entry, {});
    else {
      const { UserID, ...settings } = entry;
      accounts.set(UserID, settings);
    }
  }
  const entries: NormalizedPlan['entries'] = new Map();
  const pairs: NormalizedPlan['pairs'] = [];
  plan.friends.forEach(([a, b, options], pair) => {
    const both = (options?.direction ?? 'both') === 'both';
    const force = options?.ForceAddFlags ?? plan.ForceAddFlags ?? 0;
    pairs.push({ a, b, both, force });
    entries.set(pairKey(a, b), { owner: a, friend: b, ...options?.a, force, pair });
    if (both) entries.set(pairKey(b, a), { owner: b, friend: a, ...options?.b, force, pair });
  });
  return {
    mode: plan.mode,
    accounts,
    entries,
    blocks: new Set(plan.blocks.map(([a, b]) => pairKey(a, b))),
    pairs,
  };
}

/** Plain-text UserIDs, for fields of the diff that name accounts. */
const Account = z.string();

/**
 * The difference between a plan and the live state, in the order a run applies it. Every
 * entry is one item of one call.
 */
export const PlanChanges = z.object({
  /** Accounts account_check reports as not imported. */
  import: z.array(Account),
  /** Only the settings that differ. */
  profiles: z.array(
    z.object({
      UserID: Account,
      Nick: z.string().optional(),
      AllowType: AllowType.optional(),
      AdminForbidType: AdminForbidType.optional(),
    }),
  ),
  /** From_Account removes To_Account from its blocklist. */
  unblock: z.array(z.object({ From_Account: Account, To_Account: Account })),
  /** From_Account removes To_Account from its friend list (Delete_Type_Single). */
  delete: z.array(z.object({ From_Account: Account, To_Account: Account })),
  add: z.array(
    z.object({
      From_Account: Account,
      To_Account: Account,
      AddType: z.enum(['Add_Type_Both', 'Add_Type_Single']),
      ForceAddFlags: ForceAddFlags,
      Remark: z.string().optional(),
      GroupName: z.string().optional(),
      AddSource: z.string().optional(),
    }),
  ),
  /** friend_update of an entry's remark or group (including entries an add made). */
  fix: z.array(
    z.object({
      From_Account: Account,
      To_Account: Account,
      Remark: z.string().optional(),
      GroupName: z.string().optional(),
    }),
  ),
  /** From_Account adds To_Account to its blocklist. */
  block: z.array(z.object({ From_Account: Account, To_Account: Account })),
});
export type PlanChanges = z.infer<typeof PlanChanges>;

export const PLAN_CHANGE_KINDS = [
  'import',
  'profiles',
  'unblock',
  'delete',
  'add',
  'fix',
  'block',
] as const satisfies readonly (keyof PlanChanges)[];

export function noChanges(): PlanChanges {
  return { import: [], profiles: [], unblock: [], delete: [], add: [], fix: [], block: [] };
}

export function changeCount(changes: PlanChanges): number {
  return PLAN_CHANGE_KINDS.reduce((total, kind) => total + changes[kind].length, 0);
}

/** What `POST /api/plans/diff` answers. */
export const PlanDiff = z.object({
  changes: PlanChanges,
  /** Changes in all; 0 when the plan is in place. */
  total: z.number().int(),
  /** Calls applying it takes, and the least time they take at the documented rates. */
  calls: z.number().int(),
  floor_s: z.number(),
});
export type PlanDiff = z.infer<typeof PlanDiff>;

/** Recorded on a plan run once it has read the state again after its calls. */
export const PlanVerification = z.object({
  in_sync: z.boolean(),
  /** What still differs (empty when in sync). */
  remaining: PlanChanges,
  checkedAt: z.string(),
  /** Why the state could not be read, when it could not. */
  error: z.string().optional(),
});
export type PlanVerification = z.infer<typeof PlanVerification>;

/** The plan format as JSON Schema, for editors (`schemas/plan.schema.json`). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Plan, { io: 'input' }),
    $id: 'https://friend-console.local/schemas/plan.schema.json',
    title: 'Friend Console plan',
    description:
      'The friendships, blocks and profile settings a set of Tencent Cloud Chat accounts should have (issue #20).',
  };
}

/** The schema file's text, as `npm run schema` writes it. */
export const planSchemaText = () => `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
