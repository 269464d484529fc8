import type { FaultRuleInput } from '@/shared/contract/emulator-control';

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
