import type { z } from 'zod';

import { PROFILE_TEXT_MAX_BYTES } from '@/shared/contract/account';
import { AccountId, utf8String } from '@/shared/contract/common';
import { endpoints } from '@/shared/contract/endpoints';
import { explainCode } from '@/shared/contract/error-codes';

import { deleteAccount, importAccount } from '../state';
import { TencentError } from '../tencent-error';
import { defineOperation } from './operation';

const profileText = (field: string) => utf8String(field, { maxBytes: PROFILE_TEXT_MAX_BYTES });

function firstMessage(result: z.ZodSafeParseResult<unknown>): string | undefined {
  return result.success ? undefined : result.error.issues[0]?.message;
}

const userItems = <K extends 'CheckItem' | 'DeleteItem'>(key: K) => ({
  key: 'ResultItem',
  accounts: (body: Record<K, { UserID: string }[]>) => body[key].map((item) => item.UserID),
  keep: <B extends Record<K, { UserID: string }[]>>(body: B, keep: (index: number) => boolean) => ({
    ...body,
    [key]: body[key].filter((_, index) => keep(index)),
  }),
  failed: (account: string, code: number, info: string) => ({
    UserID: account,
    ResultCode: code,
    ResultInfo: info,
  }),
  failAccount: false,
});

export const accountImport = defineOperation(endpoints.accountImport, {
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

export const multiaccountImport = defineOperation(endpoints.multiaccountImport, {
  run: (body, { state }) => {
    const failAccounts: string[] = [];
    for (const userId of body.Accounts) {
      if (AccountId.safeParse(userId).success) importAccount(state, userId);
      else failAccounts.push(userId);
    }
    return { FailAccounts: failAccounts };
  },
});

export const accountCheck = defineOperation(endpoints.accountCheck, {
  items: userItems('CheckItem'),
  run: (body, { state }) => ({
    ResultItem: body.CheckItem.map(({ UserID }) => ({
      UserID,
      ResultCode: 0,
      ResultInfo: '',
      AccountStatus: state.accounts.has(UserID) ? 'Imported' : 'NotImported',
    })),
  }),
});

/** The emulator behaves as a Trial app, the only edition that may delete accounts (contract §3.3). */
export const accountDelete = defineOperation(endpoints.accountDelete, {
  items: userItems('DeleteItem'),
  run: (body, { state }) => ({
    ResultItem: body.DeleteItem.map(({ UserID }) =>
      deleteAccount(state, UserID)
        ? { UserID, ResultCode: 0, ResultInfo: '' }
        : { UserID, ResultCode: 70107, ResultInfo: explainCode(70107).info },
    ),
  }),
});
