/**
 * Reads the live state a plan is compared with, through the proxy's paced upstream caller:
 * account_check, portrait_get, friend_check and black_list_check over the pairs the diff needs,
 * and friend_get_list for the remarks and groups the plan names. Reads only; any read that
 * fails stops the whole reading, as a diff from half a state would be wrong.
 */
import { endpoints } from '@/shared/contract/endpoints';
import { FRIEND_GET_LIST_RECOMMENDED } from '@/shared/contract/friends';
import {
  normalizePlan,
  type Plan,
  type PlanAccountSettings,
  pairKey,
  splitKey,
} from '@/shared/contract/plan';
import { ADMIN_FORBID_TYPES, ALLOW_TYPES, PROFILE_TAGS } from '@/shared/contract/profile';
import { callsOf, chunk } from '@/shared/lib/chunk';
import type { LiveState } from '@/shared/lib/plan-diff';
import type { EntryBefore } from '@/shared/lib/plan-undo';

import type { CallUpstream } from '../upstream';

/** Reads in flight at once: the pacer spaces them; this only bounds memory and sockets. */
const READS_IN_FLIGHT = 16;

export class PlanReadError extends Error {
  readonly status: number;
  constructor(message: string, status = 502) {
    super(message);
    this.name = 'PlanReadError';
    this.status = status;
  }
}

export interface ReadOptions {
  callUpstream: CallUpstream;
  requestId: string;
  signal?: AbortSignal;
}

/** Every read call the state of `plan` takes, for the diff's call count. */
export async function readPlanState(plan: Plan, options: ReadOptions): Promise<LiveState> {
  const wanted = normalizePlan(plan);
  const accounts = [...wanted.accounts.keys()];
  const read = (service: string, body: Record<string, unknown>) => readCall(options, service, body);

  const imported = new Set<string>();
  await inParallel(callsOf(endpoints.accountCheck, accounts), async (part) => {
    const answer = await read(endpoints.accountCheck.service, {
      CheckItem: part.map((UserID) => ({ UserID })),
    });
    for (const item of list(answer.ResultItem)) {
      if (item.ResultCode === 0 && item.AccountStatus === 'Imported') {
        imported.add(String(item.UserID));
      }
    }
  });

  const profiles = new Map<string, PlanAccountSettings>();
  const withSettings = accounts.filter(
    (account) =>
      imported.has(account) && Object.keys(wanted.accounts.get(account) ?? {}).length > 0,
  );
  await inParallel(callsOf(endpoints.portraitGet, withSettings), async (part) => {
    const answer = await read(endpoints.portraitGet.service, {
      To_Account: part,
      TagList: [PROFILE_TAGS.nick, PROFILE_TAGS.allowType, PROFILE_TAGS.adminForbidType],
    });
    for (const item of list(answer.UserProfileItem)) {
      if (item.ResultCode !== 0) throw itemFailure(endpoints.portraitGet.service, item);
      const tags = new Map(list(item.ProfileItem).map((tag) => [tag.Tag, tag.Value]));
      const allowType = tags.get(PROFILE_TAGS.allowType);
      const forbid = tags.get(PROFILE_TAGS.adminForbidType);
      profiles.set(String(item.To_Account), {
        // Tencent leaves unset tags out: an unset nick is empty, an unset forbid is None.
        Nick: String(tags.get(PROFILE_TAGS.nick) ?? ''),
        ...(ALLOW_TYPES.includes(allowType as never) ? { AllowType: allowType as never } : {}),
        AdminForbidType: ADMIN_FORBID_TYPES.includes(forbid as never)
          ? (forbid as never)
          : 'AdminForbid_Type_None',
      });
    }
  });

  // The pairs to look at, as From_Account → To_Accounts: each read answers both directions.
  const present = (account: string) => imported.has(account);
  const everyPair = () => {
    const order = accounts.filter(present);
    return new Map(order.map((from, index) => [from, order.slice(index + 1)]));
  };
  const pairsOf = (keys: Iterable<string>) => {
    const byFrom = new Map<string, Set<string>>();
    for (const key of keys) {
      const [a, b] = splitKey(key);
      if (!present(a) || !present(b)) continue;
      const [from, to] = a < b ? [a, b] : [b, a];
      if (byFrom.get(to)?.has(from)) continue;
      const targets = byFrom.get(from) ?? new Set();
      targets.add(to);
      byFrom.set(from, targets);
    }
    return new Map([...byFrom].map(([from, to]) => [from, [...to]]));
  };
  const friendPairs = wanted.mode === 'exact' ? everyPair() : pairsOf(wanted.entries.keys());
  const blockPairs =
    wanted.mode === 'exact' ? everyPair() : pairsOf([...wanted.entries.keys(), ...wanted.blocks]);

  /** Both-ways checks: the keys `owner\0other` the answers say exist, either direction. */
  const checkPairs = async (
    byFrom: Map<string, string[]>,
    check: { service: string; cap: number; checkType: string; items: string; prefix: string },
  ): Promise<Set<string>> => {
    const found = new Set<string>();
    await inParallel(calls(byFrom, check.cap), async ([from, to]) => {
      const answer = await read(check.service, {
        From_Account: from,
        To_Account: to,
        CheckType: check.checkType,
      });
      for (const item of list(answer[check.items])) {
        if (item.ResultCode !== 0) throw itemFailure(check.service, item, from);
        const other = String(item.To_Account);
        const relation = String(item.Relation).slice(check.prefix.length);
        if (relation === 'BothWay' || relation === 'AWithB') found.add(pairKey(from, other));
        if (relation === 'BothWay' || relation === 'BWithA') found.add(pairKey(other, from));
      }
    });
    return found;
  };
  const friendKeys = await checkPairs(friendPairs, {
    service: endpoints.friendCheck.service,
    cap: endpoints.friendCheck.maxItems.max,
    checkType: 'CheckResult_Type_Both',
    items: 'InfoItem',
    prefix: 'CheckResult_Type_',
  });
  const blocks = await checkPairs(blockPairs, {
    service: endpoints.blackListCheck.service,
    cap: endpoints.blackListCheck.maxItems.max,
    checkType: 'BlackCheckResult_Type_Both',
    items: 'BlackListCheckItem',
    prefix: 'BlackCheckResult_Type_',
  });
  const entries = new Map(
    [...friendKeys].map((key) => [key, { Remark: '', GroupName: [] as string[] }]),
  );

  // Remarks and groups only where the plan names one, for entries that are there.
  const described = new Map<string, string[]>();
  for (const [key, entry] of wanted.entries) {
    if (!entries.has(key) || (entry.Remark === undefined && entry.GroupName === undefined)) {
      continue;
    }
    described.set(entry.owner, [...(described.get(entry.owner) ?? []), entry.friend]);
  }
  for (const entry of await readEntries(described, options)) {
    entries.set(pairKey(entry.From_Account, entry.To_Account), entry);
  }

  return { imported, profiles, entries, blocks };
}

/**
 * friend_get_list for the named entries (`owner\0friend` keys): remark, groups and AddSource,
 * what an undo needs to add an entry back as it was.
 */
export async function readEntriesBefore(
  keys: string[],
  options: ReadOptions,
): Promise<EntryBefore[]> {
  const byOwner = new Map<string, string[]>();
  for (const key of keys) {
    const [owner, friend] = splitKey(key);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), friend]);
  }
  return readEntries(byOwner, options);
}

async function readEntries(
  byOwner: Map<string, string[]>,
  options: ReadOptions,
): Promise<EntryBefore[]> {
  const found: EntryBefore[] = [];
  await inParallel(calls(byOwner, FRIEND_GET_LIST_RECOMMENDED), async ([from, to]) => {
    const answer = await readCall(options, endpoints.friendGetList.service, {
      From_Account: from,
      To_Account: to,
      TagList: ['Tag_SNS_IM_Remark', 'Tag_SNS_IM_Group', 'Tag_SNS_IM_AddSource'],
    });
    for (const item of list(answer.InfoItem)) {
      if (item.ResultCode !== 0) throw itemFailure(endpoints.friendGetList.service, item, from);
      const tags = new Map(list(item.SnsProfileItem).map((tag) => [tag.Tag, tag.Value]));
      const groups = tags.get('Tag_SNS_IM_Group');
      const addSource = tags.get('Tag_SNS_IM_AddSource');
      found.push({
        From_Account: from,
        To_Account: String(item.To_Account),
        Remark: String(tags.get('Tag_SNS_IM_Remark') ?? ''),
        GroupName: Array.isArray(groups) ? groups.map(String) : [],
        ...(typeof addSource === 'string' && addSource !== '' ? { AddSource: addSource } : {}),
      });
    }
  });
  return found;
}

function calls(byFrom: Map<string, string[]>, cap: number): [string, string[]][] {
  return [...byFrom].flatMap(([from, to]) =>
    chunk(to, cap).map((part): [string, string[]] => [from, part]),
  );
}

async function readCall(
  options: ReadOptions,
  service: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const outcome = await options.callUpstream({
    service,
    body: JSON.stringify(body),
    retry: true,
    requestId: options.requestId,
    signal: options.signal,
  });
  const name = service.split('/').at(-1);
  if (!outcome.ok) {
    const { status, title, detail } = outcome.problem;
    throw new PlanReadError(`${name} failed: ${title}${detail ? ` (${detail})` : ''}`, status);
  }
  const json = outcome.json;
  if (json.ActionStatus !== 'OK' && !hasItems(json)) {
    throw new PlanReadError(
      `${name} failed: ErrorCode ${String(json.ErrorCode)} ${String(json.ErrorInfo ?? '')}`.trim(),
    );
  }
  return json;
}

const hasItems = (json: Record<string, unknown>) =>
  ['ResultItem', 'UserProfileItem', 'InfoItem', 'BlackListCheckItem'].some((field) =>
    Array.isArray(json[field]),
  );

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => item !== null && typeof item === 'object',
      )
    : [];
}

function itemFailure(service: string, item: Record<string, unknown>, from?: string): PlanReadError {
  const api = service.split('/').at(-1);
  const account = String(item.To_Account ?? item.UserID ?? '');
  return new PlanReadError(
    `${api}${from ? ` from ${from}` : ''} could not read ${account}: ResultCode ${String(item.ResultCode)} ${String(item.ResultInfo ?? '')}`.trim(),
  );
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, items.length) }, worker));
}
