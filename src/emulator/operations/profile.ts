import { utf8ByteLength } from '@/shared/lib/utf8';
import { endpoints } from '@/shared/contract/endpoints';
import { explainCode } from '@/shared/contract/error-codes';
import { ADMIN_FORBID_TYPES, ALLOW_TYPES, PROFILE_TAGS } from '@/shared/contract/profile';

import type { Account } from '../state';
import { TencentError } from '../tencent-error';
import { defineOperation, toAccountItems, withFailAccounts } from './types';

const TEXT_MAX_BYTES = 500;

type TagKind =
  { type: 'string'; maxBytes?: number; values?: readonly string[] } | { type: 'number' };

/** The standard tags of contract §3.7; custom tags need console set-up, so they are unknown here. */
const STANDARD_TAGS: Record<string, TagKind> = {
  [PROFILE_TAGS.allowType]: { type: 'string', values: ALLOW_TYPES },
  [PROFILE_TAGS.adminForbidType]: { type: 'string', values: ADMIN_FORBID_TYPES },
  [PROFILE_TAGS.nick]: { type: 'string', maxBytes: TEXT_MAX_BYTES },
  [PROFILE_TAGS.image]: { type: 'string', maxBytes: TEXT_MAX_BYTES },
  Tag_Profile_IM_SelfSignature: { type: 'string', maxBytes: TEXT_MAX_BYTES },
  Tag_Profile_IM_Gender: {
    type: 'string',
    values: ['Gender_Type_Unknown', 'Gender_Type_Female', 'Gender_Type_Male'],
  },
  Tag_Profile_IM_Location: { type: 'string', maxBytes: 16 },
  Tag_Profile_IM_BirthDay: { type: 'number' },
  Tag_Profile_IM_Language: { type: 'number' },
  Tag_Profile_IM_Level: { type: 'number' },
  Tag_Profile_IM_Role: { type: 'number' },
};

function checkTag(tag: string, value: string | number): void {
  const kind = STANDARD_TAGS[tag];
  if (!kind) throw new TencentError(40009, `${tag} is not a profile tag this app has`);
  if (typeof value !== kind.type) throw new TencentError(40610, `${tag} takes a ${kind.type}`);
  if (kind.type === 'string' && typeof value === 'string') {
    if (kind.values && !kind.values.includes(value)) {
      throw new TencentError(40605, `${tag} must be one of ${kind.values.join(', ')}`);
    }
    if (kind.maxBytes !== undefined && utf8ByteLength(value) > kind.maxBytes) {
      throw new TencentError(
        40601,
        `${tag} is ${utf8ByteLength(value)} bytes; the limit is ${kind.maxBytes} bytes`,
      );
    }
  }
}

/** A profile tag's stored value, or undefined when it was never set. */
export function profileField(account: Account, tag: string): string | number | undefined {
  switch (tag) {
    case PROFILE_TAGS.allowType:
      return account.allowType;
    case PROFILE_TAGS.adminForbidType:
      return account.adminForbidType;
    case PROFILE_TAGS.nick:
      return account.nick;
    case PROFILE_TAGS.image:
      return account.faceUrl;
    default:
      return account.profile[tag];
  }
}

/** portrait_get answers unset standard tags with their empty value. */
function readTag(account: Account, tag: string): string | number {
  return profileField(account, tag) ?? (STANDARD_TAGS[tag]?.type === 'number' ? 0 : '');
}

export const portraitSet = defineOperation({
  wire: endpoints.portraitSet.wire,
  writes: true,
  run: (body, { state }) => {
    const account = state.accounts.get(body.From_Account);
    if (!account) throw new TencentError(40003, `From_Account ${body.From_Account} does not exist`);
    // All tags are checked before any is written, so a bad tag changes nothing.
    for (const { Tag, Value } of body.ProfileItem) checkTag(Tag, Value);
    for (const { Tag, Value } of body.ProfileItem) {
      if (Tag === PROFILE_TAGS.allowType) account.allowType = Value as Account['allowType'];
      else if (Tag === PROFILE_TAGS.adminForbidType)
        account.adminForbidType = Value as Account['adminForbidType'];
      else if (Tag === PROFILE_TAGS.nick) account.nick = String(Value);
      else if (Tag === PROFILE_TAGS.image) account.faceUrl = String(Value);
      else account.profile[Tag] = Value;
    }
    return {};
  },
});

export const portraitGet = defineOperation({
  wire: endpoints.portraitGet.wire,
  writes: false,
  items: toAccountItems('UserProfileItem'),
  run: (body, { state }) => {
    for (const tag of body.TagList) {
      if (!STANDARD_TAGS[tag])
        throw new TencentError(40009, `${tag} is not a profile tag this app has`);
    }
    const items = body.To_Account.map((to) => {
      const account = state.accounts.get(to);
      if (!account)
        return { To_Account: to, ResultCode: 40003, ResultInfo: explainCode(40003).info };
      return {
        To_Account: to,
        ProfileItem: body.TagList.map((tag) => ({ Tag: tag, Value: readTag(account, tag) })),
        ResultCode: 0,
        ResultInfo: '',
      };
    });
    return withFailAccounts('UserProfileItem', items);
  },
});
