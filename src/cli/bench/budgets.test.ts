import { describe, expect, it } from 'vitest';

import { checkBudgets } from './budgets';
import { medianOfRuns } from './common';

describe('checkBudgets', () => {
  it('passes figures within their limits and fails broken or missing ones', () => {
    const results = { matrix: { ratio: 1.1, rate_limited: 2 }, start: { ready_s: 3 } };
    const checks = checkBudgets(results, {
      'matrix.ratio': { max: 1.3 },
      'matrix.rate_limited': { max: 0 },
      'start.ready_s': { min: 0.1, max: 10 },
      'ui.matrix_paint_ms': { max: 500 },
    });
    expect(checks.map((check) => [check.figure, check.ok])).toEqual([
      ['matrix.ratio', true],
      ['matrix.rate_limited', false],
      ['start.ready_s', true],
      ['ui.matrix_paint_ms', false],
    ]);
    expect(checks[2]?.limit).toBe('≥ 0.1 and ≤ 10');
    expect(checks[3]?.value).toBeUndefined();
  });
});

describe('medianOfRuns', () => {
  it('keeps the median of each number and the range where runs differ', () => {
    expect(
      medianOfRuns([
        { ratio: 1.4, calls: 999, node: 'v20' },
        { ratio: 1.2, calls: 999, node: 'v20' },
        { ratio: 2.1, calls: 999, node: 'v20' },
      ]),
    ).toEqual({ runs: 3, ratio: 1.4, calls: 999, node: 'v20', range: { ratio: [1.2, 2.1] } });
  });
});
