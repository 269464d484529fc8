import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parsePlanText } from '@/shared/lib/plan-text';

import { describeIssues } from './common';
import { normalizePlan, Plan, planSchemaText } from './plan';

const problems = (input: unknown) => {
  const parsed = Plan.safeParse(input);
  return parsed.success ? [] : describeIssues(parsed.error).map((p) => `${p.field}: ${p.message}`);
};

describe('the plan format', () => {
  it('accepts accounts as ids or with settings, pairs with options, and fills defaults', () => {
    const plan = Plan.parse({
      accounts: ['a', { UserID: 'b', Nick: 'Bee', AllowType: 'AllowType_Type_DenyAny' }],
      friends: [['a', 'b', { direction: 'a-to-b', a: { Remark: 'bee', GroupName: 'QA' } }]],
    });
    expect(plan.mode).toBe('additive');
    expect(plan.blocks).toEqual([]);
    const normalized = normalizePlan(plan);
    expect([...normalized.entries.values()]).toEqual([
      { owner: 'a', friend: 'b', Remark: 'bee', GroupName: 'QA', force: 0, pair: 0 },
    ]);
  });

  it('names the path and the limit of every broken field', () => {
    const friends = Array.from({ length: 13 }, (_, i) => ['a', `f${i}`]);
    friends[12] = ['a', 'x'.repeat(33)];
    expect(
      problems({
        accounts: ['a', ...Array.from({ length: 12 }, (_, i) => `f${i}`)],
        friends,
      }),
    ).toEqual(['friends[12][1]: UserID is 33 bytes; the limit is 32 bytes']);
    expect(
      problems({
        mode: 'mirror',
        accounts: [{ UserID: 'a', Nick: 'n'.repeat(501) }, 'b'],
        friends: [['a', 'b', { a: { Remark: 'r'.repeat(97) }, direction: 'sideways' }]],
      }),
    ).toEqual([
      'mode: mode must be additive or exact',
      'accounts[0].Nick: Nick is 501 bytes; the limit is 500 bytes',
      'friends[0][2].direction: direction must be both or a-to-b',
      'friends[0][2].a.Remark: Remark is 97 bytes; the limit is 96 bytes',
    ]);
  });

  it('names references to undeclared accounts, self-pairs, repeats and contradictions', () => {
    expect(
      problems({
        accounts: ['a', 'b', 'a'],
        friends: [
          ['a', 'zed'],
          ['b', 'b'],
          ['a', 'b'],
          ['b', 'a'],
          ['a', 'b', { direction: 'a-to-b', b: { Remark: 'no' } }],
        ],
        blocks: [
          ['a', 'b'],
          ['ghost', 'a'],
        ],
      }),
    ).toEqual([
      'accounts[2]: a is declared twice',
      'friends[0][1]: zed is not declared in accounts',
      'friends[1]: b cannot be paired with itself',
      'friends[3]: b and a are already paired at friends[2]; a pair is listed once, and a block removes their friendship',
      'friends[4]: a and b are already paired at friends[2]; a pair is listed once, and a block removes their friendship',
      'friends[4][2].b: direction a-to-b: b does not list a, so there is no b side to describe',
      'blocks[0]: a and b are already paired at friends[2]; a pair is listed once, and a block removes their friendship',
      'blocks[1][0]: ghost is not declared in accounts',
    ]);
  });

  it('lets two accounts block each other', () => {
    expect(
      problems({
        accounts: ['a', 'b'],
        blocks: [
          ['a', 'b'],
          ['b', 'a'],
        ],
      }),
    ).toEqual([]);
  });

  it('accepts the README’s example plan', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = /```yaml\n(\$schema[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(parsePlanText(example)).toMatchObject({ ok: true, plan: { mode: 'exact' } });
  });

  it('ships a JSON Schema that matches the contract (run `npm run schema` after changing it)', () => {
    const file = readFileSync(
      new URL('../../../schemas/plan.schema.json', import.meta.url),
      'utf8',
    );
    expect(file).toBe(planSchemaText());
  });
});
