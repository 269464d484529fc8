import { endpoints } from '@/shared/contract/endpoints';
import { type CheckType, FRIEND_CHECK_MAX_ACCOUNTS } from '@/shared/contract/friend-check';
import { chunk } from '@/shared/lib/chunk';

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
    for (const to of chunk(targets, FRIEND_CHECK_MAX_ACCOUNTS)) calls.push({ from, to });
  });
  return calls;
}

/** The least time friend_check calls can take at the API's documented rate, in seconds. */
export function minimumSeconds(calls: number): number {
  return calls / endpoints.friendCheck.ratePerSecond;
}
