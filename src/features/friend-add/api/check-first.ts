import { callEndpoint } from '@/api/client';
import type { BlackRelation } from '@/shared/contract/blocklist';
import { endpoints } from '@/shared/contract/endpoints';
import type { Relation } from '@/shared/contract/friend-check';
import { PROFILE_TAGS } from '@/shared/contract/profile';
import { chunk } from '@/shared/lib/chunk';

import type { en } from '../i18n/en';

export type PreviewLabel =
  'ready' | 'friends' | 'missing' | 'blocked' | 'approval' | 'refused' | 'unknown';

/** Why a row got its label, as a key under previewDetail in the Add friends catalogue, worded when shown. */
export type PreviewDetail = keyof typeof en.previewDetail;

export const PREVIEW_COLORS: Record<PreviewLabel, string> = {
  ready: 'green',
  friends: 'blue',
  missing: 'red',
  blocked: 'red',
  approval: 'yellow',
  refused: 'orange',
  unknown: 'gray',
};

export interface RowPreview {
  label: PreviewLabel;
  /** Why: the relation, the block's direction or the AllowType. */
  detail: PreviewDetail;
  /** The label without ForceAddFlags, where ticking Force changes it. */
  withoutForce?: PreviewLabel;
}

/** What the reads found for one account; Force is applied on top, so ticking it reads nothing. */
export interface RowFacts {
  exists: boolean | undefined;
  relation: Relation | undefined;
  block: BlackRelation | undefined;
  allowType: string | undefined;
}

export interface CheckedFacts {
  /** The From_Account the reads were made for; they are stale once it changes. */
  from: string;
  fromExists: boolean;
  rows: Map<string, RowFacts>;
}

export interface Preview {
  from: string;
  force: boolean;
  fromExists: boolean;
  rows: Map<string, RowPreview>;
}

/** The facts labelled for the form's Force setting, marking the rows Force changes. */
export function labelPreview(facts: CheckedFacts, force: boolean): Preview {
  const rows = new Map<string, RowPreview>();
  for (const [account, row] of facts.rows) {
    const preview = labelRow({ ...row, force });
    const unforced = force ? labelRow({ ...row, force: false }).label : preview.label;
    rows.set(
      account,
      unforced === preview.label ? preview : { ...preview, withoutForce: unforced },
    );
  }
  return { from: facts.from, force, fromExists: facts.fromExists, rows };
}

async function eachChunk<T>(
  accounts: readonly string[],
  size: number,
  call: (part: string[]) => Promise<T[]>,
): Promise<T[]> {
  const answers: T[] = [];
  for (const part of chunk(accounts, size)) answers.push(...(await call(part)));
  return answers;
}

/**
 * "Check first": what friend_add would meet for each account, read with account_check,
 * friend_check, black_list_check and portrait_get, without writing anything.
 */
export async function checkFirst({
  from,
  accounts,
  signal,
}: {
  from: string;
  accounts: readonly string[];
  signal?: AbortSignal;
}): Promise<CheckedFacts> {
  const [imported, relations, blocks, allowTypes] = await Promise.all([
    eachChunk([from, ...accounts], endpoints.accountCheck.maxItems.max, async (part) => {
      const answer = await callEndpoint(
        endpoints.accountCheck,
        { CheckItem: part.map((UserID) => ({ UserID })) },
        { signal },
      );
      return (answer.ResultItem ?? []).map(
        (item) => [item.UserID, item.AccountStatus === 'Imported'] as const,
      );
    }),
    eachChunk(accounts, endpoints.friendCheck.maxItems.max, async (part) => {
      const answer = await callEndpoint(
        endpoints.friendCheck,
        { From_Account: from, To_Account: part, CheckType: 'CheckResult_Type_Both' },
        { signal },
      );
      return (answer.InfoItem ?? [])
        .filter((item) => item.ResultCode === 0)
        .map((item) => [item.To_Account, item.Relation] as const);
    }),
    eachChunk(accounts, endpoints.blackListCheck.maxItems.max, async (part) => {
      const answer = await callEndpoint(
        endpoints.blackListCheck,
        { From_Account: from, To_Account: part, CheckType: 'BlackCheckResult_Type_Both' },
        { signal },
      );
      return (answer.BlackListCheckItem ?? [])
        .filter((item) => item.ResultCode === 0)
        .map((item) => [item.To_Account, item.Relation] as const);
    }),
    eachChunk(accounts, endpoints.portraitGet.maxItems.max, async (part) => {
      const answer = await callEndpoint(
        endpoints.portraitGet,
        { To_Account: part, TagList: [PROFILE_TAGS.allowType] },
        { signal },
      );
      return (answer.UserProfileItem ?? []).map(
        (item) =>
          [
            item.To_Account,
            String(item.ProfileItem?.find((tag) => tag.Tag === PROFILE_TAGS.allowType)?.Value),
          ] as const,
      );
    }),
  ]);
  const exists = new Map(imported);
  const relationOf = new Map<string, Relation>(relations);
  const blockOf = new Map<string, BlackRelation>(blocks);
  const allowTypeOf = new Map(allowTypes);
  const rows = new Map<string, RowFacts>();
  for (const account of accounts) {
    rows.set(account, {
      exists: exists.get(account),
      relation: relationOf.get(account),
      block: blockOf.get(account),
      allowType: allowTypeOf.get(account),
    });
  }
  return { from, fromExists: exists.get(from) === true, rows };
}

const BLOCK_DETAILS: Partial<Record<BlackRelation, PreviewDetail>> = {
  BlackCheckResult_Type_BothWay: 'blockedBoth',
  BlackCheckResult_Type_AWithB: 'blockedByFrom',
  BlackCheckResult_Type_BWithA: 'blocksFrom',
};

/** One account's label; the first obstacle friend_add would meet wins (emulator order, D8). */
export function labelRow({
  exists,
  relation,
  block,
  allowType,
  force,
}: RowFacts & { force: boolean }): RowPreview {
  if (exists === false) return { label: 'missing', detail: 'missing' };
  if (exists === undefined || relation === undefined || block === undefined)
    return { label: 'unknown', detail: 'unknown' };
  if (relation === 'CheckResult_Type_BothWay' || relation === 'CheckResult_Type_AWithB')
    return {
      label: 'friends',
      detail: relation === 'CheckResult_Type_BothWay' ? 'friendsBoth' : 'friendsOne',
    };
  const blocked = BLOCK_DETAILS[block];
  if (blocked) return { label: 'blocked', detail: blocked };
  if (!force && allowType === 'AllowType_Type_NeedConfirm')
    return { label: 'approval', detail: 'approval' };
  if (!force && allowType === 'AllowType_Type_DenyAny')
    return { label: 'refused', detail: 'refused' };
  return { label: 'ready', detail: force ? 'readyForced' : 'ready' };
}
