import type { z } from 'zod';

import { AccountId, utf8String } from '@/shared/contract/common';
import { endpoints } from '@/shared/contract/endpoints';
import { PROFILE_TEXT_MAX_BYTES } from '@/shared/contract/account';

import { importAccount } from '../state';
import { TencentError } from '../tencent-error';
import { defineOperation } from './types';

const profileText = (field: string) => utf8String(field, { maxBytes: PROFILE_TEXT_MAX_BYTES });

function firstMessage(result: z.ZodSafeParseResult<unknown>): string | undefined {
  return result.success ? undefined : result.error.issues[0]?.message;
}

export const accountImport = defineOperation({
  wire: endpoints.accountImport.wire,
  run: (body, { state }) => {
    const badId = firstMessage(AccountId.safeParse(body.UserID));
    if (badId) throw new TencentError(70402, badId);
    for (const [field, value] of [
      ['Nick', body.Nick],
      ['FaceUrl', body.FaceUrl],
    ] as const) {
      const tooLong =
        value === undefined ? undefined : firstMessage(profileText(field).safeParse(value));
      if (tooLong) throw new TencentError(40601, tooLong);
    }
    importAccount(state, body.UserID, { nick: body.Nick, faceUrl: body.FaceUrl });
    return {};
  },
});

export const multiaccountImport = defineOperation({
  wire: endpoints.multiaccountImport.wire,
  run: (body, { state }) => {
    const failAccounts: string[] = [];
    for (const userId of body.Accounts) {
      if (AccountId.safeParse(userId).success) importAccount(state, userId);
      else failAccounts.push(userId);
    }
    return { FailAccounts: failAccounts };
  },
});
