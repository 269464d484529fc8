import type { z } from 'zod';

import {
  ACCOUNT_BATCH_MAX,
  AccountCheckRequest,
  AccountCheckResponse,
  AccountCheckWireRequest,
  AccountDeleteRequest,
  AccountDeleteResponse,
  AccountDeleteWireRequest,
  AccountImportRequest,
  AccountImportResponse,
  AccountImportWireRequest,
  MULTIACCOUNT_IMPORT_MAX,
  MultiaccountImportRequest,
  MultiaccountImportResponse,
  MultiaccountImportWireRequest,
} from './account';
import {
  BLACKLIST_MAX_ACCOUNTS,
  BlackListAddRequest,
  BlackListAddWireRequest,
  BlackListCheckRequest,
  BlackListCheckResponse,
  BlackListCheckWireRequest,
  BlackListDeleteRequest,
  BlackListDeleteWireRequest,
  BlackListGetRequest,
  BlackListGetResponse,
  BlackListGetWireRequest,
  BlackListWriteResponse,
} from './blocklist';
import {
  FRIEND_ADD_MAX_ITEMS,
  FriendAddRequest,
  FriendAddResponse,
  FriendAddWireRequest,
} from './friend-add';
import {
  FRIEND_CHECK_MAX_ACCOUNTS,
  FriendCheckRequest,
  FriendCheckResponse,
  FriendCheckWireRequest,
} from './friend-check';
import {
  GROUP_ADD_MAX_ACCOUNTS,
  GroupAddRequest,
  GroupAddResponse,
  GroupAddWireRequest,
  GroupDeleteRequest,
  GroupDeleteResponse,
  GroupDeleteWireRequest,
  GroupGetRequest,
  GroupGetResponse,
  GroupGetWireRequest,
} from './friend-groups';
import {
  FRIEND_DELETE_MAX_ACCOUNTS,
  FRIEND_IMPORT_MAX_ITEMS,
  FRIEND_UPDATE_MAX_ITEMS,
  FriendDeleteAllRequest,
  FriendDeleteAllResponse,
  FriendDeleteAllWireRequest,
  FriendDeleteRequest,
  FriendDeleteWireRequest,
  FriendGetListRequest,
  FriendGetListResponse,
  FriendGetListWireRequest,
  FriendGetRequest,
  FriendGetResponse,
  FriendGetWireRequest,
  FriendImportRequest,
  FriendImportWireRequest,
  FriendUpdateRequest,
  FriendUpdateWireRequest,
  FriendWriteResponse,
} from './friends';
import {
  PORTRAIT_GET_MAX_ACCOUNTS,
  PortraitGetRequest,
  PortraitGetResponse,
  PortraitGetWireRequest,
  PortraitSetRequest,
  PortraitSetResponse,
  PortraitSetWireRequest,
} from './profile';

export interface EndpointDef {
  /** Tencent's path without the leading slash: `v4/<service>/<command>`. */
  service: string;
  /** What the console may send: strict, with every documented limit. */
  request: z.ZodType;
  /** What the service itself rejects as a whole request (decision D18); looser than `request`. */
  wire: z.ZodType;
  /** What comes back: tolerant of fields Tencent adds. */
  response: z.ZodType;
  /** Reads may be retried and are open to viewers; writes are neither. */
  access: 'read' | 'write';
  /** Documented calls per second per SDKAppID (contract §1.4). */
  ratePerSecond: number;
  /**
   * For an API that takes a list of accounts or items: the most one call carries, and the size
   * bulk work is split into. The request schema enforces the same cap (schema-kit.test).
   */
  maxItems?: { field: string; max: number };
}

export const endpoints = {
  accountImport: {
    service: 'v4/im_open_login_svc/account_import',
    request: AccountImportRequest,
    wire: AccountImportWireRequest,
    response: AccountImportResponse,
    access: 'write',
    ratePerSecond: 200,
  },
  multiaccountImport: {
    service: 'v4/im_open_login_svc/multiaccount_import',
    request: MultiaccountImportRequest,
    wire: MultiaccountImportWireRequest,
    response: MultiaccountImportResponse,
    access: 'write',
    ratePerSecond: 100,
    maxItems: { field: 'Accounts', max: MULTIACCOUNT_IMPORT_MAX },
  },
  accountCheck: {
    service: 'v4/im_open_login_svc/account_check',
    request: AccountCheckRequest,
    wire: AccountCheckWireRequest,
    response: AccountCheckResponse,
    access: 'read',
    ratePerSecond: 100,
    maxItems: { field: 'CheckItem', max: ACCOUNT_BATCH_MAX },
  },
  accountDelete: {
    service: 'v4/im_open_login_svc/account_delete',
    request: AccountDeleteRequest,
    wire: AccountDeleteWireRequest,
    response: AccountDeleteResponse,
    access: 'write',
    ratePerSecond: 100,
    maxItems: { field: 'DeleteItem', max: ACCOUNT_BATCH_MAX },
  },
  portraitSet: {
    service: 'v4/profile/portrait_set',
    request: PortraitSetRequest,
    wire: PortraitSetWireRequest,
    response: PortraitSetResponse,
    access: 'write',
    ratePerSecond: 200,
  },
  portraitGet: {
    service: 'v4/profile/portrait_get',
    request: PortraitGetRequest,
    wire: PortraitGetWireRequest,
    response: PortraitGetResponse,
    access: 'read',
    ratePerSecond: 200,
    maxItems: { field: 'To_Account', max: PORTRAIT_GET_MAX_ACCOUNTS },
  },
  friendAdd: {
    service: 'v4/sns/friend_add',
    request: FriendAddRequest,
    wire: FriendAddWireRequest,
    response: FriendAddResponse,
    access: 'write',
    ratePerSecond: 200,
    maxItems: { field: 'AddFriendItem', max: FRIEND_ADD_MAX_ITEMS },
  },
  friendImport: {
    service: 'v4/sns/friend_import',
    request: FriendImportRequest,
    wire: FriendImportWireRequest,
    response: FriendWriteResponse,
    access: 'write',
    ratePerSecond: 200,
    maxItems: { field: 'AddFriendItem', max: FRIEND_IMPORT_MAX_ITEMS },
  },
  friendUpdate: {
    service: 'v4/sns/friend_update',
    request: FriendUpdateRequest,
    wire: FriendUpdateWireRequest,
    response: FriendWriteResponse,
    access: 'write',
    ratePerSecond: 200,
    maxItems: { field: 'UpdateItem', max: FRIEND_UPDATE_MAX_ITEMS },
  },
  friendDelete: {
    service: 'v4/sns/friend_delete',
    request: FriendDeleteRequest,
    wire: FriendDeleteWireRequest,
    response: FriendWriteResponse,
    access: 'write',
    ratePerSecond: 200,
    maxItems: { field: 'To_Account', max: FRIEND_DELETE_MAX_ACCOUNTS },
  },
  friendDeleteAll: {
    service: 'v4/sns/friend_delete_all',
    request: FriendDeleteAllRequest,
    wire: FriendDeleteAllWireRequest,
    response: FriendDeleteAllResponse,
    access: 'write',
    ratePerSecond: 200,
  },
  friendCheck: {
    service: 'v4/sns/friend_check',
    request: FriendCheckRequest,
    wire: FriendCheckWireRequest,
    response: FriendCheckResponse,
    access: 'read',
    ratePerSecond: 200,
    maxItems: { field: 'To_Account', max: FRIEND_CHECK_MAX_ACCOUNTS },
  },
  friendGet: {
    service: 'v4/sns/friend_get',
    request: FriendGetRequest,
    wire: FriendGetWireRequest,
    response: FriendGetResponse,
    access: 'read',
    ratePerSecond: 200,
  },
  friendGetList: {
    service: 'v4/sns/friend_get_list',
    request: FriendGetListRequest,
    wire: FriendGetListWireRequest,
    response: FriendGetListResponse,
    access: 'read',
    ratePerSecond: 200,
  },
  blackListAdd: {
    service: 'v4/sns/black_list_add',
    request: BlackListAddRequest,
    wire: BlackListAddWireRequest,
    response: BlackListWriteResponse,
    access: 'write',
    ratePerSecond: 200,
    maxItems: { field: 'To_Account', max: BLACKLIST_MAX_ACCOUNTS },
  },
  blackListDelete: {
    service: 'v4/sns/black_list_delete',
    request: BlackListDeleteRequest,
    wire: BlackListDeleteWireRequest,
    response: BlackListWriteResponse,
    access: 'write',
    ratePerSecond: 200,
    maxItems: { field: 'To_Account', max: BLACKLIST_MAX_ACCOUNTS },
  },
  blackListGet: {
    service: 'v4/sns/black_list_get',
    request: BlackListGetRequest,
    wire: BlackListGetWireRequest,
    response: BlackListGetResponse,
    access: 'read',
    ratePerSecond: 200,
  },
  blackListCheck: {
    service: 'v4/sns/black_list_check',
    request: BlackListCheckRequest,
    wire: BlackListCheckWireRequest,
    response: BlackListCheckResponse,
    access: 'read',
    ratePerSecond: 200,
    maxItems: { field: 'To_Account', max: BLACKLIST_MAX_ACCOUNTS },
  },
  groupAdd: {
    service: 'v4/sns/group_add',
    request: GroupAddRequest,
    wire: GroupAddWireRequest,
    response: GroupAddResponse,
    access: 'write',
    ratePerSecond: 200,
    maxItems: { field: 'To_Account', max: GROUP_ADD_MAX_ACCOUNTS },
  },
  groupDelete: {
    service: 'v4/sns/group_delete',
    request: GroupDeleteRequest,
    wire: GroupDeleteWireRequest,
    response: GroupDeleteResponse,
    access: 'write',
    ratePerSecond: 200,
  },
  groupGet: {
    service: 'v4/sns/group_get',
    request: GroupGetRequest,
    wire: GroupGetWireRequest,
    response: GroupGetResponse,
    access: 'read',
    ratePerSecond: 200,
  },
} as const satisfies Record<string, EndpointDef>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export type RequestOf<E extends EndpointDef> = z.input<E['request']>;
export type ResponseOf<E extends EndpointDef> = z.output<E['response']>;

const byService = new Map<string, EndpointDef>(
  Object.values(endpoints).map((endpoint) => [endpoint.service, endpoint]),
);

/** The allowlist: the endpoint for `v4/<service>/<command>`, or undefined. */
export function findEndpoint(service: string): EndpointDef | undefined {
  return byService.get(service);
}

export function allEndpoints(): EndpointDef[] {
  return [...byService.values()];
}

/** Decision D18: the request-level code for bad parameters depends on the service family. */
export function parameterErrorCode(service: string): number {
  if (service.startsWith('v4/im_open_login_svc/')) return 70402;
  if (service.startsWith('v4/profile/')) return 40001;
  return 30001;
}
