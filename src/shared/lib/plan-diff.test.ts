import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { changeCount, Plan, type PlanInput, pairKey } from '@/shared/contract/plan';

import { applyChanges, diffPlan, emptyLiveState, type LiveState } from './plan-diff';
import { undoChanges } from './plan-undo';

const plan = (input: PlanInput) => Plan.parse(input);

function stateOf(input: {
  imported?: string[];
  entries?: [owner: string, friend: string, remark?: string, groups?: string[]][];
  blocks?: [string, string][];
  profiles?: LiveState['profiles'];
}): LiveState {
  return {
    imported: new Set(input.imported ?? []),
    profiles: input.profiles ?? new Map(),
    entries: new Map(
      (input.entries ?? []).map(([owner, friend, Remark = '', GroupName = []]) => [
        pairKey(owner, friend),
        { Remark, GroupName },
      ]),
    ),
    blocks: new Set((input.blocks ?? []).map(([a, b]) => pairKey(a, b))),
  };
}

const ABC = ['a', 'b', 'c'];

describe('diffPlan', () => {
  it('imports missing accounts and sets only the settings that differ', () => {
    const changes = diffPlan(
      plan({
        accounts: [
          { UserID: 'a', Nick: 'A', AllowType: 'AllowType_Type_AllowAny' },
          { UserID: 'b', AdminForbidType: 'AdminForbid_Type_SendOut' },
          'c',
        ],
      }),
      stateOf({
        imported: ['a', 'c'],
        profiles: new Map([['a', { Nick: 'A', AllowType: 'AllowType_Type_NeedConfirm' }]]),
      }),
    );
    expect(changes.import).toEqual(['b']);
    expect(changes.profiles).toEqual([
      { UserID: 'a', AllowType: 'AllowType_Type_AllowAny' },
      { UserID: 'b', AdminForbidType: 'AdminForbid_Type_SendOut' },
    ]);
  });

  it('adds a missing both-ways friendship as one Add_Type_Both, then fixes b’s side', () => {
    const changes = diffPlan(
      plan({
        accounts: ABC,
        ForceAddFlags: 1,
        friends: [
          [
            'a',
            'b',
            { a: { Remark: 'bee', AddSource: 'AddSource_Type_QA' }, b: { GroupName: 'G' } },
          ],
        ],
      }),
      stateOf({ imported: ABC }),
    );
    expect(changes.add).toEqual([
      {
        From_Account: 'a',
        To_Account: 'b',
        AddType: 'Add_Type_Both',
        ForceAddFlags: 1,
        Remark: 'bee',
        AddSource: 'AddSource_Type_QA',
      },
    ]);
    expect(changes.fix).toEqual([{ From_Account: 'b', To_Account: 'a', GroupName: 'G' }]);
  });

  it('adds each side on its own when b names its AddSource or one side is there already', () => {
    const changes = diffPlan(
      plan({
        accounts: ABC,
        friends: [
          ['a', 'b', { b: { AddSource: 'AddSource_Type_B' } }],
          ['a', 'c', { direction: 'both', ForceAddFlags: 1 }],
        ],
      }),
      stateOf({ imported: ABC, entries: [['c', 'a']] }),
    );
    expect(changes.add).toEqual([
      { From_Account: 'a', To_Account: 'b', AddType: 'Add_Type_Single', ForceAddFlags: 0 },
      {
        From_Account: 'b',
        To_Account: 'a',
        AddType: 'Add_Type_Single',
        ForceAddFlags: 0,
        AddSource: 'AddSource_Type_B',
      },
      { From_Account: 'a', To_Account: 'c', AddType: 'Add_Type_Single', ForceAddFlags: 1 },
    ]);
  });

  it('fixes remarks and groups that differ, and leaves unnamed ones alone', () => {
    const changes = diffPlan(
      plan({
        accounts: ABC,
        friends: [
          ['a', 'b', { a: { Remark: 'new', GroupName: 'G' }, b: { Remark: 'same' } }],
          ['a', 'c', { direction: 'a-to-b' }],
        ],
      }),
      stateOf({
        imported: ABC,
        entries: [
          ['a', 'b', 'old', ['G', 'H']],
          ['b', 'a', 'same', ['X']],
          ['a', 'c', 'anything', ['Y']],
        ],
      }),
    );
    expect(changes.fix).toEqual([
      { From_Account: 'a', To_Account: 'b', Remark: 'new', GroupName: 'G' },
    ]);
    expect(changeCount(changes)).toBe(1);
  });

  it('additive keeps extra friendships and blocks, but removes a block in a wanted friendship’s way', () => {
    const changes = diffPlan(
      plan({ accounts: ABC, friends: [['a', 'b']] }),
      stateOf({
        imported: ABC,
        entries: [
          ['a', 'c'],
          ['c', 'a'],
        ],
        blocks: [
          ['b', 'a'],
          ['c', 'b'],
        ],
      }),
    );
    expect(changes.unblock).toEqual([{ From_Account: 'b', To_Account: 'a' }]);
    expect(changes.delete).toEqual([]);
    expect(changes.add).toHaveLength(1);
  });

  it('exact removes unlisted friendships and blocks among the plan’s accounts only', () => {
    const changes = diffPlan(
      plan({ mode: 'exact', accounts: ABC, friends: [['a', 'b', { direction: 'a-to-b' }]] }),
      stateOf({
        imported: ABC,
        entries: [
          ['a', 'b'],
          ['b', 'a'],
          ['a', 'c'],
          ['a', 'outsider'],
        ],
        blocks: [
          ['c', 'b'],
          ['c', 'outsider'],
        ],
      }),
    );
    expect(changes.delete).toEqual([
      { From_Account: 'a', To_Account: 'c' },
      { From_Account: 'b', To_Account: 'a' },
    ]);
    expect(changes.unblock).toEqual([{ From_Account: 'c', To_Account: 'b' }]);
    expect(changes.add).toEqual([]);
  });

  it('blocks what the plan blocks, without deleting the friendship the block removes', () => {
    const changes = diffPlan(
      plan({
        mode: 'exact',
        accounts: ABC,
        blocks: [
          ['a', 'b'],
          ['c', 'a'],
        ],
      }),
      stateOf({
        imported: ABC,
        entries: [
          ['a', 'b'],
          ['b', 'a'],
        ],
        blocks: [['c', 'a']],
      }),
    );
    expect(changes.block).toEqual([{ From_Account: 'a', To_Account: 'b' }]);
    expect(changes.delete).toEqual([]);
    expect(changes.unblock).toEqual([]);
  });

  it('has nothing to do for an empty state and an empty plan', () => {
    expect(changeCount(diffPlan(plan({ accounts: ['a'] }), stateOf({ imported: ['a'] })))).toBe(0);
    expect(diffPlan(plan({ accounts: ['a'] }), emptyLiveState()).import).toEqual(['a']);
  });
});

describe('diffPlan properties', () => {
  const IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'x9'];
  const PLAN_IDS = IDS.slice(0, 5);
  const id = fc.constantFrom(...IDS);
  const text = fc.constantFrom('', 'r1', 'r2', 'G');
  const side = fc.record(
    {
      Remark: fc.constantFrom('r1', 'r2', ''),
      GroupName: fc.constantFrom('G', 'H'),
      AddSource: fc.constantFrom('AddSource_Type_A', 'AddSource_Type_B'),
    },
    { requiredKeys: [] },
  );
  const pairs = fc.uniqueArray(
    fc
      .tuple(fc.constantFrom(...PLAN_IDS), fc.constantFrom(...PLAN_IDS))
      .filter(([a, b]) => a !== b),
    { selector: ([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`), maxLength: 8 },
  );
  const planArb = fc
    .record({
      mode: fc.constantFrom('additive' as const, 'exact' as const),
      pairs,
      kinds: fc.array(fc.constantFrom('both', 'a-to-b', 'block', 'mutual-block'), {
        minLength: 8,
        maxLength: 8,
      }),
      sides: fc.array(fc.tuple(side, side), { minLength: 8, maxLength: 8 }),
      settings: fc.array(
        fc.record(
          {
            Nick: fc.constantFrom('n1', 'n2'),
            AllowType: fc.constantFrom('AllowType_Type_AllowAny', 'AllowType_Type_DenyAny'),
          },
          { requiredKeys: [] },
        ),
        { minLength: 5, maxLength: 5 },
      ),
    })
    .map(({ mode, pairs: chosen, kinds, sides, settings }) => {
      const input: PlanInput = {
        mode,
        accounts: PLAN_IDS.map((UserID, index) => ({ UserID, ...settings[index] })),
        friends: [],
        blocks: [],
      };
      chosen.forEach(([a, b], index) => {
        const kind = kinds[index];
        const [sideA, sideB] = sides[index] ?? [{}, {}];
        if (kind === 'block') input.blocks?.push([a, b]);
        else if (kind === 'mutual-block') input.blocks?.push([a, b], [b, a]);
        else if (kind === 'a-to-b') input.friends?.push([a, b, { direction: 'a-to-b', a: sideA }]);
        else input.friends?.push([a, b, { a: sideA, b: sideB }]);
      });
      return Plan.parse(input);
    });
  const stateArb = fc
    .record({
      imported: fc.subarray(IDS),
      entries: fc.array(fc.tuple(id, id, text, fc.subarray(['G', 'H'])), { maxLength: 15 }),
      blocks: fc.array(fc.tuple(id, id), { maxLength: 6 }),
      profiles: fc.array(
        fc.tuple(id, fc.record({ Nick: fc.constantFrom('n1', 'n2') }, { requiredKeys: [] })),
      ),
    })
    .map(({ imported, entries, blocks, profiles }) =>
      stateOf({
        imported,
        entries: entries.filter(([a, b]) => a !== b),
        blocks: blocks.filter(([a, b]) => a !== b),
        profiles: new Map(profiles),
      }),
    );

  it('applying the diff reaches the plan: the diff afterwards is empty', () => {
    fc.assert(
      fc.property(planArb, stateArb, (p, state) => {
        const after = applyChanges(state, diffPlan(p, state));
        expect(changeCount(diffPlan(p, after))).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('an applied plan holds what it lists, and in exact mode nothing else among its accounts', () => {
    fc.assert(
      fc.property(planArb, stateArb, (p, state) => {
        const after = applyChanges(state, diffPlan(p, state));
        for (const [a, b, options] of p.friends) {
          expect(after.entries.has(pairKey(a, b))).toBe(true);
          if ((options?.direction ?? 'both') === 'both') {
            expect(after.entries.has(pairKey(b, a))).toBe(true);
          }
          if (options?.a?.Remark !== undefined) {
            expect(after.entries.get(pairKey(a, b))?.Remark).toBe(options.a.Remark);
          }
        }
        for (const [a, b] of p.blocks) expect(after.blocks.has(pairKey(a, b))).toBe(true);
        if (p.mode === 'exact') {
          const listed = new Set(p.friends.flatMap(([a, b]) => [pairKey(a, b), pairKey(b, a)]));
          for (const key of after.entries.keys()) {
            const [owner, friend] = key.split('\u0000');
            if (owner === 'x9' || friend === 'x9') continue;
            expect(listed.has(key)).toBe(true);
          }
          const blocked = new Set(p.blocks.map(([a, b]) => pairKey(a, b)));
          for (const key of after.blocks) {
            if (!key.includes('x9')) expect(blocked.has(key)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the diff of a plan already in place is empty, and diffing is deterministic', () => {
    fc.assert(
      fc.property(planArb, stateArb, (p, state) => {
        expect(diffPlan(p, state)).toEqual(diffPlan(p, state));
        const inPlace = applyChanges(state, diffPlan(p, state));
        expect(diffPlan(p, inPlace)).toEqual(
          diffPlan(p, applyChanges(inPlace, diffPlan(p, inPlace))),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('undoing an applied diff brings the friendships, remarks, groups and blocks back', () => {
    fc.assert(
      fc.property(planArb, stateArb, (p, raw) => {
        // States Tencent can hold: no friendship across a block, at most one group per entry
        // (friend_add takes one GroupName).
        const blocked = new Set(
          [...raw.blocks].flatMap((key) => {
            const [a, b] = key.split('\u0000');
            return [pairKey(a ?? '', b ?? ''), pairKey(b ?? '', a ?? '')];
          }),
        );
        const state: LiveState = {
          ...raw,
          entries: new Map(
            [...raw.entries]
              .filter(([key]) => !blocked.has(key))
              .map(([key, entry]) => [key, { ...entry, GroupName: entry.GroupName.slice(0, 1) }]),
          ),
        };
        const changes = diffPlan(p, state);
        const before = {
          profiles: [],
          entries: [...state.entries].map(([key, entry]) => {
            const [From_Account = '', To_Account = ''] = key.split('\u0000');
            return { From_Account, To_Account, ...entry };
          }),
        };
        const undone = applyChanges(applyChanges(state, changes), undoChanges(changes, before));
        expect(undone.entries).toEqual(state.entries);
        expect(undone.blocks).toEqual(state.blocks);
      }),
      { numRuns: 300 },
    );
  });
});
