import { endpoints } from '@/shared/contract/endpoints';
import type { CheckType } from '@/shared/contract/friend-check';
import { callsOf } from '@/shared/lib/chunk';

export interface PlannedCheck {
  from: string;
  to: string[];
}

/**
 * The friend_check calls a matrix needs. A square both-ways check asks only the upper triangle:
 * the answer for A→B also gives B→A, so N accounts cost N−1 calls (more past 1000 accounts).
 */
export function planChecks(
  rows: readonly string[],
  columns: readonly string[],
  checkType: CheckType,
): PlannedCheck[] {
  const square =
    rows.length === columns.length && rows.every((account, index) => account === columns[index]);
  const calls: PlannedCheck[] = [];
  rows.forEach((from, index) => {
    const targets =
      square && checkType === 'CheckResult_Type_Both'
        ? columns.slice(index + 1)
        : columns.filter((to) => to !== from);
    for (const to of callsOf(endpoints.friendCheck, targets)) calls.push({ from, to });
  });
  return calls;
}

export type MatrixCheckApi = 'friend_check' | 'black_list_check';

export interface PlannedMatrixCheck extends PlannedCheck {
  check: MatrixCheckApi;
}

/**
 * A matrix run's calls: the friend_check pass, then black_list_check over the same pairs (both
 * ways), so a blocked pair reads as blocked instead of "no relation". Call i of the second pass
 * asks about the same accounts as call i of the first.
 */
export function planMatrixChecks(
  rows: readonly string[],
  columns: readonly string[],
  checkType: CheckType,
): PlannedMatrixCheck[] {
  const checks = planChecks(rows, columns, checkType);
  return [
    ...checks.map((call) => ({ ...call, check: 'friend_check' as const })),
    ...checks.map((call) => ({ ...call, check: 'black_list_check' as const })),
  ];
}

/** The least time friend_check calls can take at the API's documented rate, in seconds. */
export function minimumSeconds(calls: number): number {
  return calls / endpoints.friendCheck.ratePerSecond;
}
