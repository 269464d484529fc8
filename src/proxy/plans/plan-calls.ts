import { type EndpointDef, endpoints } from '@/shared/contract/endpoints';
import type { PlanChanges } from '@/shared/contract/plan';
import { PROFILE_TAGS } from '@/shared/contract/profile';
import { callsOf, chunk } from '@/shared/lib/chunk';

import type { PlannedCall } from '../runs/run-plans';

/**
 * The order that works: accounts must exist before anything names them; profiles come next so
 * the adds meet the AllowType the plan wants; blocks stand in the way of adds and deletes make
 * room, so both go first; fixes need the entries the adds make; new blocks go last because a
 * block removes friendships. Forbidding an account to send requests waits until its own adds
 * are done.
 */
export const PLAN_PHASES = {
  import: 0,
  profiles: 1,
  unblock: 2,
  delete: 3,
  add: 4,
  fix: 5,
  block: 6,
  forbid: 7,
} as const;

/** The calls that carry out a plan's changes, each API's items grouped by From_Account. */
export function planChangeCalls(changes: PlanChanges): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const accounts of callsOf(endpoints.multiaccountImport, changes.import)) {
    calls.push({
      endpoint: endpoints.multiaccountImport,
      body: { Accounts: accounts },
      accounts,
      phase: PLAN_PHASES.import,
    });
  }
  const forbids: PlannedCall[] = [];
  for (const { UserID, Nick, AllowType, AdminForbidType } of changes.profiles) {
    const sendOut = AdminForbidType === 'AdminForbid_Type_SendOut';
    const items = [
      ...(Nick !== undefined ? [{ Tag: PROFILE_TAGS.nick, Value: Nick }] : []),
      ...(AllowType ? [{ Tag: PROFILE_TAGS.allowType, Value: AllowType }] : []),
      ...(AdminForbidType && !sendOut
        ? [{ Tag: PROFILE_TAGS.adminForbidType, Value: AdminForbidType }]
        : []),
    ];
    if (items.length > 0) {
      calls.push({
        endpoint: endpoints.portraitSet,
        body: { From_Account: UserID, ProfileItem: items },
        accounts: [UserID],
        phase: PLAN_PHASES.profiles,
      });
    }
    if (sendOut) {
      forbids.push({
        endpoint: endpoints.portraitSet,
        body: {
          From_Account: UserID,
          ProfileItem: [{ Tag: PROFILE_TAGS.adminForbidType, Value: AdminForbidType }],
        },
        accounts: [UserID],
        phase: PLAN_PHASES.forbid,
      });
    }
  }
  calls.push(
    ...byFrom(changes.unblock, endpoints.blackListDelete.maxItems.max, (from, part) => ({
      endpoint: endpoints.blackListDelete,
      body: { From_Account: from, To_Account: part.map((c) => c.To_Account) },
      phase: PLAN_PHASES.unblock,
    })),
    ...byFrom(changes.delete, endpoints.friendDelete.maxItems.max, (from, part) => ({
      endpoint: endpoints.friendDelete,
      body: {
        From_Account: from,
        To_Account: part.map((c) => c.To_Account),
        DeleteType: 'Delete_Type_Single',
      },
      phase: PLAN_PHASES.delete,
    })),
    ...byFrom(
      changes.add,
      endpoints.friendAdd.maxItems.max,
      (from, part) => {
        const [first] = part;
        return {
          endpoint: endpoints.friendAdd,
          body: {
            From_Account: from,
            AddFriendItem: part.map(({ To_Account, Remark, GroupName, AddSource }) => ({
              To_Account,
              ...(Remark !== undefined ? { Remark } : {}),
              ...(GroupName !== undefined ? { GroupName } : {}),
              ...(AddSource !== undefined ? { AddSource } : {}),
            })),
            AddType: first?.AddType,
            ForceAddFlags: first?.ForceAddFlags,
          },
          phase: PLAN_PHASES.add,
        };
      },
      (change) => `${change.AddType}/${change.ForceAddFlags}`,
    ),
    ...byFrom(changes.fix, endpoints.friendUpdate.maxItems.max, (from, part) => ({
      endpoint: endpoints.friendUpdate,
      body: {
        From_Account: from,
        UpdateItem: part.map(({ To_Account, Remark, GroupName }) => ({
          To_Account,
          SnsItem: [
            ...(Remark !== undefined ? [{ Tag: 'Tag_SNS_IM_Remark', Value: Remark }] : []),
            // An empty GroupName (an undo restoring "no group") empties the entry's groups.
            ...(GroupName !== undefined
              ? [{ Tag: 'Tag_SNS_IM_Group', Value: GroupName === '' ? [] : [GroupName] }]
              : []),
          ],
        })),
      },
      phase: PLAN_PHASES.fix,
    })),
    ...byFrom(changes.block, endpoints.blackListAdd.maxItems.max, (from, part) => ({
      endpoint: endpoints.blackListAdd,
      body: { From_Account: from, To_Account: part.map((c) => c.To_Account) },
      phase: PLAN_PHASES.block,
    })),
    ...forbids,
  );
  return calls;
}

/** Changes grouped by From_Account (and `variant`), in first-seen order, cut by the API's cap. */
function byFrom<C extends { From_Account: string; To_Account: string }>(
  changes: C[],
  cap: number,
  call: (
    from: string,
    part: C[],
  ) => { endpoint: EndpointDef; body: Record<string, unknown>; phase: number },
  variant: (change: C) => string = () => '',
): PlannedCall[] {
  const groups = new Map<string, C[]>();
  for (const change of changes) {
    const key = `${change.From_Account}\u0000${variant(change)}`;
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups.values()].flatMap((group) =>
    chunk(group, cap).map((part) => ({
      ...call(group[0]?.From_Account ?? '', part),
      accounts: part.map((change) => change.To_Account),
    })),
  );
}
