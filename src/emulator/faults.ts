import { z } from 'zod';

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

export interface FaultRule extends FaultRuleInput {
  id: string;
  /** Calls it has hit so far. */
  hits: number;
}

/** `friend_add`, `sns/friend_add` and `v4/sns/friend_add` all name the same API. */
export function normalizeApi(api: string): string {
  const trimmed = api.replace(/^\/+/, '');
  if (trimmed.startsWith('v4/')) return trimmed;
  if (trimmed.includes('/')) return `v4/${trimmed}`;
  return trimmed;
}

function apiMatches(rule: FaultRule, service: string): boolean {
  return rule.api === service || (!rule.api.includes('/') && service.endsWith(`/${rule.api}`));
}

export class FaultRules {
  private rules: FaultRule[] = [];
  private nextId = 1;
  private readonly random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  add(input: FaultRuleInput): FaultRule {
    const rule: FaultRule = {
      ...input,
      api: normalizeApi(input.api),
      id: `fault-${this.nextId++}`,
      hits: 0,
    };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /** The rules that fire for this call, each counted as used once. */
  take(service: string, from: string | undefined, accounts: readonly string[]): FaultRule[] {
    const fired = this.rules.filter((rule) => {
      if (!apiMatches(rule, service)) return false;
      if (rule.from !== undefined && rule.from !== from) return false;
      if (rule.to !== undefined && !accounts.includes(rule.to)) return false;
      if (rule.times !== undefined && rule.hits >= rule.times) return false;
      return (rule.probability ?? 1) >= 1 || this.random() < (rule.probability ?? 1);
    });
    for (const rule of fired) rule.hits += 1;
    this.rules = this.rules.filter((rule) => rule.times === undefined || rule.hits < rule.times);
    return fired;
  }
}
