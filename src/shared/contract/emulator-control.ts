import { z } from 'zod';

/** The emulator's control API (`/__emulator/*`, and `/api/emulator/*` through the proxy). */

/** Ours: every call is checked against every active rule, so their number is bounded. */
export const MAX_FAULT_RULES = 100;

/** Named states `POST /reset` loads; `mixed-relations` is the QA scenario. */
export const SEED_NAMES = ['empty', 'demo', 'mixed-relations'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

/** `GET /seeds`: the scenarios, and the one the state was last loaded from (null after an import). */
export const SeedList = z.object({
  seeds: z.array(z.enum(SEED_NAMES)),
  loaded: z.enum(SEED_NAMES).nullable(),
});
export type SeedList = z.infer<typeof SeedList>;

/**
 * A fault rule makes the emulator misbehave on purpose, so the console's error paths and pacing
 * are tested against real HTTP: one per-item ResultCode, one request-level ErrorCode, one HTTP
 * status or added latency, for an API and optionally one From / To account.
 */
export const FaultRuleInput = z
  .strictObject({
    api: z.string().min(1, { message: 'api names the API, e.g. v4/sns/friend_add' }),
    from: z.string().optional(),
    to: z.string().optional(),
    resultCode: z.number().int().positive().optional(),
    errorCode: z.number().int().positive().optional(),
    httpStatus: z.number().int().min(400).max(599).optional(),
    latencyMs: z.number().int().min(1).max(60_000).optional(),
    /** ResultInfo / ErrorInfo to send; the catalogue's string by default. */
    info: z.string().optional(),
    /** How many calls it applies to; unlimited until removed when absent. */
    times: z.number().int().positive().optional(),
    /** Chance that a matching call is hit, 0–1; 1 when absent. */
    probability: z.number().min(0).max(1).optional(),
  })
  .refine(
    (rule) =>
      [rule.resultCode, rule.errorCode, rule.httpStatus, rule.latencyMs].filter(
        (value) => value !== undefined,
      ).length === 1,
    { message: 'give exactly one of resultCode, errorCode, httpStatus, latencyMs' },
  );
export type FaultRuleInput = z.infer<typeof FaultRuleInput>;

export const FaultRule = z.looseObject({
  id: z.string(),
  api: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  resultCode: z.number().optional(),
  errorCode: z.number().optional(),
  httpStatus: z.number().optional(),
  latencyMs: z.number().optional(),
  times: z.number().optional(),
  probability: z.number().optional(),
  hits: z.number(),
});
export type FaultRule = z.infer<typeof FaultRule>;
export const FaultList = z.object({ faults: z.array(FaultRule) });

export const CallRecord = z.object({
  id: z.number(),
  time: z.string(),
  api: z.string(),
  from: z.string().optional(),
  /** The accounts the call's items name (To_Account, Accounts…), in order. */
  to: z.array(z.string()).optional(),
  /** The proxy's x-request-id, where the emulator records it. */
  requestId: z.string().optional(),
  /** The exact JSON body received, and Tencent's answer as sent, where recorded. */
  request: z.unknown().optional(),
  response: z.unknown().optional(),
  httpStatus: z.number(),
  actionStatus: z.enum(['OK', 'FAIL']).optional(),
  errorCode: z.number().optional(),
  /** Accounts whose item failed (Fail_Account, FailAccounts). */
  failedAccounts: z.number(),
  durationMs: z.number(),
  faults: z.array(z.string()),
});
export type CallRecord = z.infer<typeof CallRecord>;
export const CallList = z.object({ calls: z.array(CallRecord) });

export const ResetAnswer = z.object({ seed: z.string(), accounts: z.number() });
export const ImportAnswer = z.object({ accounts: z.number() });

export const CUSTOM_PROFILE_TAG_PREFIX = 'Tag_Profile_Custom_';
export const CUSTOM_FRIEND_TAG_PREFIX = 'Tag_SNS_Custom_';
/** The console lets an app configure at most 20 custom fields of each kind (contract §3.7, §5). */
export const MAX_CUSTOM_TAGS_PER_KIND = 20;

/** A custom profile or friend field: the prefix and 1–8 letters (contract §3.7, §5). */
export const CustomTagName = z.string().regex(/^Tag_(Profile|SNS)_Custom_[A-Za-z]{1,8}$/, {
  message: `a custom tag is ${CUSTOM_PROFILE_TAG_PREFIX} or ${CUSTOM_FRIEND_TAG_PREFIX} followed by 1-8 letters`,
});

/** The custom fields an app declares; Tencent refuses undeclared ones on every API. */
export const CustomTagList = z
  .array(CustomTagName, { error: 'customTags must be an array of tag names' })
  .refine(
    (tags) =>
      [CUSTOM_PROFILE_TAG_PREFIX, CUSTOM_FRIEND_TAG_PREFIX].every(
        (prefix) =>
          new Set(tags.filter((tag) => tag.startsWith(prefix))).size <= MAX_CUSTOM_TAGS_PER_KIND,
      ),
    { message: `at most ${MAX_CUSTOM_TAGS_PER_KIND} custom tags of each kind` },
  );

/** `GET /config`: run-time settings, changed with `PATCH /config`. */
export interface EmulatorConfig {
  rateLimit: boolean;
  customTags: string[];
}
