import { utf8ByteLength } from '@/shared/lib/utf8';
import { endpoints } from '@/shared/contract/endpoints';
import { CUSTOM_PROFILE_TAG_PREFIX } from '@/shared/contract/emulator-control';
import { explainCode } from '@/shared/contract/error-codes';
import { ADMIN_FORBID_TYPES, ALLOW_TYPES, PROFILE_TAGS } from '@/shared/contract/profile';

import type { Account } from '../state';
import { TencentError } from '../tencent-error';
import { toAccountItems, withFailAccounts } from './item-access';
import { defineOperation } from './operation';

const TEXT_MAX_BYTES = 500;

type TagKind =
  | { type: 'string'; maxBytes?: number; values?: readonly string[] }
  | { type: 'number' }
  | { type: 'custom' };

/**
 * The standard tags of contract §3.7. A Map, not an object literal, so inherited names such as
 * `__proto__` or `constructor` can never pass for tags.
 */
const STANDARD_TAGS: ReadonlyMap<string, TagKind> = new Map<string, TagKind>([
  [PROFILE_TAGS.allowType, { type: 'string', values: ALLOW_TYPES }],
  [PROFILE_TAGS.adminForbidType, { type: 'string', values: ADMIN_FORBID_TYPES }],
  [PROFILE_TAGS.nick, { type: 'string', maxBytes: TEXT_MAX_BYTES }],
  [PROFILE_TAGS.image, { type: 'string', maxBytes: TEXT_MAX_BYTES }],
  ['Tag_Profile_IM_SelfSignature', { type: 'string', maxBytes: TEXT_MAX_BYTES }],
  [
    'Tag_Profile_IM_Gender',
    { type: 'string', values: ['Gender_Type_Unknown', 'Gender_Type_Female', 'Gender_Type_Male'] },
  ],
  ['Tag_Profile_IM_Location', { type: 'string', maxBytes: 16 }],
  ['Tag_Profile_IM_BirthDay', { type: 'number' }],
  ['Tag_Profile_IM_Language', { type: 'number' }],
  ['Tag_Profile_IM_Level', { type: 'number' }],
  ['Tag_Profile_IM_Role', { type: 'number' }],
]);

const CUSTOM: TagKind = { type: 'custom' };

/** A standard tag's kind, or a declared custom one's; undefined for any tag the app lacks. */
function tagKind(tag: string, customTags: ReadonlySet<string>): TagKind | undefined {
  if (tag.startsWith(CUSTOM_PROFILE_TAG_PREFIX)) return customTags.has(tag) ? CUSTOM : undefined;
  return STANDARD_TAGS.get(tag);
}

export function isProfileTag(tag: string, customTags: ReadonlySet<string>): boolean {
  return tagKind(tag, customTags) !== undefined;
}

function checkTag(tag: string, value: string | number, customTags: ReadonlySet<string>): void {
  const kind = tagKind(tag, customTags);
  // Tencent requires custom fields to be configured first: an undeclared one is unknown (40009).
  if (!kind) throw new TencentError(40009, `${tag} is not a profile tag this app has`);
  if (kind.type === 'custom') {
    // Custom values are strings or integers, at most 500 bytes like every profile text.
    if (typeof value === 'string' && utf8ByteLength(value) > TEXT_MAX_BYTES)
      throw new TencentError(
        40601,
        `${tag} is ${utf8ByteLength(value)} bytes; the limit is ${TEXT_MAX_BYTES} bytes`,
      );
    return;
  }
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
      return Object.hasOwn(account.profile, tag) ? account.profile[tag] : undefined;
  }
}

/** portrait_get answers unset tags with their empty value (our reading: '' for custom ones). */
function readTag(account: Account, tag: string): string | number {
  return profileField(account, tag) ?? (STANDARD_TAGS.get(tag)?.type === 'number' ? 0 : '');
}

export const portraitSet = defineOperation(endpoints.portraitSet, {
  run: (body, { state, customTags }) => {
    const account = state.accounts.get(body.From_Account);
    if (!account) throw new TencentError(40003, `From_Account ${body.From_Account} does not exist`);
    // All tags are checked before any is written, so a bad tag changes nothing.
    for (const { Tag, Value } of body.ProfileItem) checkTag(Tag, Value, customTags);
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

export const portraitGet = defineOperation(endpoints.portraitGet, {
  items: toAccountItems('UserProfileItem'),
  run: (body, { state, customTags }) => {
    for (const tag of body.TagList) {
      if (!isProfileTag(tag, customTags))
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
