import i18next from 'i18next';

import { callEndpoint } from '@/api/client';
import { endpoints } from '@/shared/contract/endpoints';
import { callsOf } from '@/shared/lib/chunk';

import type { ClassifiedResult } from '../classify-result';

export interface FollowUpInput {
  from: string;
  /** Rows answered 30001 "already friends" to a both-ways add: is the other side there? */
  existing: string[];
  /** Rows answered 30003: have they been imported since? */
  missing: string[];
}

export interface FollowUps {
  /** Accounts From_Account lists, but who do not list From_Account back. */
  oneWay: Set<string>;
  /** Accounts that failed with 30003 and exist now, so Retry failed can send them. */
  importedSince: Set<string>;
}

/**
 * Reads what the answers alone cannot say: whether an "already friends" pair is only one way
 * (friend_check), and whether a missing account was imported since (account_check).
 */
export async function readFollowUps({
  from,
  existing,
  missing,
}: FollowUpInput): Promise<FollowUps> {
  const oneWay = new Set<string>();
  const importedSince = new Set<string>();
  for (const part of callsOf(endpoints.friendCheck, existing)) {
    const answer = await callEndpoint(endpoints.friendCheck, {
      From_Account: from,
      To_Account: part,
      CheckType: 'CheckResult_Type_Both',
    });
    for (const item of answer.InfoItem ?? [])
      if (item.Relation === 'CheckResult_Type_AWithB') oneWay.add(item.To_Account);
  }
  for (const part of callsOf(endpoints.accountCheck, missing)) {
    const answer = await callEndpoint(endpoints.accountCheck, {
      CheckItem: part.map((UserID) => ({ UserID })),
    });
    for (const item of answer.ResultItem ?? [])
      if (item.AccountStatus === 'Imported') importedSince.add(item.UserID);
  }
  return { oneWay, importedSince };
}

/** After a run: the "already friends" rows of a both-ways add, and the missing accounts. */
export function followUpInput(
  summary: { From_Account?: string | null; request: Record<string, unknown> } | undefined,
  results: readonly ClassifiedResult[],
  running: boolean,
): FollowUpInput {
  const from = summary?.From_Account ?? '';
  if (running || !summary || from === '') return { from, existing: [], missing: [] };
  const bothWays = summary.request.AddType !== 'Add_Type_Single';
  const accountsWhere = (keep: (result: ClassifiedResult) => boolean) =>
    results.filter(keep).map((result) => result.account);
  return {
    from,
    existing: bothWays ? accountsWhere((result) => result.status === 'exists') : [],
    missing: accountsWhere((result) => result.code === 30003 && !result.callFailed),
  };
}

/** A result in the light of the follow-up reads: one-way pairs, and accounts imported since. */
export function refineResult(result: ClassifiedResult, followUps: FollowUps): ClassifiedResult {
  if (result.status === 'exists' && followUps.oneWay.has(result.account)) {
    return {
      ...result,
      status: 'one_way',
      meaning: i18next.t('friendAdd:meaning.oneWay', { account: result.account }),
      nextStep: i18next.t('friendAdd:meaning.oneWayNext', { account: result.account }),
      action: 'add_missing_direction',
    };
  }
  if (result.code === 30003 && followUps.importedSince.has(result.account)) {
    return {
      ...result,
      nextStep: i18next.t('friendAdd:meaning.importedSince'),
      retryable: true,
      action: 'retry',
    };
  }
  return result;
}
