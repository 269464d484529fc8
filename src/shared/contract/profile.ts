import { z } from 'zod';

export const ALLOW_TYPES = [
  'AllowType_Type_NeedConfirm',
  'AllowType_Type_AllowAny',
  'AllowType_Type_DenyAny',
] as const;
export const AllowType = z.enum(ALLOW_TYPES);
export type AllowType = z.infer<typeof AllowType>;

/** Decision D4: a new account needs confirmation unless configured otherwise. */
export const DEFAULT_ALLOW_TYPE: AllowType = 'AllowType_Type_NeedConfirm';

export const ADMIN_FORBID_TYPES = ['AdminForbid_Type_None', 'AdminForbid_Type_SendOut'] as const;
export const AdminForbidType = z.enum(ADMIN_FORBID_TYPES);
export type AdminForbidType = z.infer<typeof AdminForbidType>;
