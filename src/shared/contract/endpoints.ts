import type { z } from 'zod';

import {
  AccountImportRequest,
  AccountImportResponse,
  AccountImportWireRequest,
  MultiaccountImportRequest,
  MultiaccountImportResponse,
  MultiaccountImportWireRequest,
} from './account';
import { FriendAddRequest, FriendAddResponse, FriendAddWireRequest } from './friend-add';
import { FriendCheckRequest, FriendCheckResponse, FriendCheckWireRequest } from './friend-check';

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
  },
  friendAdd: {
    service: 'v4/sns/friend_add',
    request: FriendAddRequest,
    wire: FriendAddWireRequest,
    response: FriendAddResponse,
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
