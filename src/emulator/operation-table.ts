import type { endpoints } from '@/shared/contract/endpoints';
import { type EndpointDef, type EndpointName } from '@/shared/contract/endpoints';

import {
  accountCheck,
  accountDelete,
  accountImport,
  multiaccountImport,
} from './operations/accounts';
import {
  blackListAdd,
  blackListCheck,
  blackListDelete,
  blackListGet,
} from './operations/blocklist';
import { friendAdd } from './operations/friend-add';
import { friendCheck } from './operations/friend-check';
import { groupAdd, groupDelete, groupGet } from './operations/friend-groups';
import {
  friendDelete,
  friendDeleteAll,
  friendGet,
  friendGetList,
  friendImport,
  friendUpdate,
} from './operations/friends';
import type { Operation } from './operations/operation';
import { portraitGet, portraitSet } from './operations/profile';

/** Every API the emulator runs, by the contract's endpoint name: one for each endpoint. */
export const operations: { [K in EndpointName]: Operation<(typeof endpoints)[K]> } = {
  accountImport,
  multiaccountImport,
  accountCheck,
  accountDelete,
  portraitSet,
  portraitGet,
  friendAdd,
  friendImport,
  friendUpdate,
  friendDelete,
  friendDeleteAll,
  friendCheck,
  friendGet,
  friendGetList,
  blackListAdd,
  blackListDelete,
  blackListGet,
  blackListCheck,
  groupAdd,
  groupDelete,
  groupGet,
};

const byService = new Map<string, Operation<EndpointDef>>(
  Object.values(operations).map((operation) => [operation.endpoint.service, operation]),
);

/** The operation for `v4/<service>/<command>`, by the endpoint table's service names. */
export function operationFor(service: string): Operation | undefined {
  return byService.get(service);
}
