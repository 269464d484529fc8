import { z } from 'zod';

import { Envelope } from './common';
import { idOf, listOf, objectOf, type SchemaMode } from './schema-kit';

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

/** The standard profile tags the emulator keeps (contract §3.7). */
export const PROFILE_TAGS = {
  allowType: 'Tag_Profile_IM_AllowType',
  adminForbidType: 'Tag_Profile_IM_AdminForbidType',
  nick: 'Tag_Profile_IM_Nick',
  image: 'Tag_Profile_IM_Image',
} as const;

export const PORTRAIT_GET_MAX_ACCOUNTS = 100;
/**
 * Tags per portrait_get or portrait_set call. Our decision, as Tencent documents no cap: a
 * profile has 12 standard tags and at most 20 custom ones (§3.7), so 32 names every tag once.
 * Uncapped, one 1 MiB portrait_get for 100 accounts asked for 280 MB of answer (issue #15).
 */
export const PROFILE_TAGS_MAX = 32;

const ProfileItem = z.object({
  Tag: z.string({ error: 'ProfileItem[].Tag must be a string' }),
  Value: z.union([z.string(), z.number()], {
    error: 'ProfileItem[].Value must be a string or a number',
  }),
});

const portraitSet = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    ProfileItem: listOf(ProfileItem, 'ProfileItem', PROFILE_TAGS_MAX, 'tags'),
  });
export const PortraitSetRequest = portraitSet('request');
export const PortraitSetWireRequest = portraitSet('wire');

const portraitGet = (mode: SchemaMode) =>
  objectOf(mode, {
    To_Account: listOf(
      idOf(mode, 'To_Account', 'To_Account[]'),
      'To_Account',
      PORTRAIT_GET_MAX_ACCOUNTS,
      'accounts',
      { one: 'account' },
    ),
    TagList: listOf(
      z.string({ error: 'TagList[] must be a string' }),
      'TagList',
      PROFILE_TAGS_MAX,
      'tags',
    ),
  });
export const PortraitGetRequest = portraitGet('request');
export const PortraitGetWireRequest = portraitGet('wire');

export const PortraitSetResponse = Envelope;
export const PortraitGetResponse = Envelope.extend({
  UserProfileItem: z
    .array(
      z.looseObject({
        To_Account: z.string(),
        ProfileItem: z.array(z.looseObject({ Tag: z.string(), Value: z.unknown() })).optional(),
        ResultCode: z.number(),
        ResultInfo: z.string(),
      }),
    )
    .optional(),
  Fail_Account: z.array(z.string()).optional(),
});
