import { z } from 'zod';

import { AccountId, accountId, Envelope, requiredString, utf8String } from './common';

export const PROFILE_TEXT_MAX_BYTES = 500;
export const MULTIACCOUNT_IMPORT_MAX = 100;

export const AccountImportRequest = z.strictObject({
  UserID: accountId('UserID'),
  Nick: utf8String('Nick', { maxBytes: PROFILE_TEXT_MAX_BYTES }).optional(),
  FaceUrl: utf8String('FaceUrl', { maxBytes: PROFILE_TEXT_MAX_BYTES }).optional(),
});
export type AccountImportRequest = z.infer<typeof AccountImportRequest>;

export const AccountImportWireRequest = z.object({
  UserID: requiredString('UserID'),
  Nick: requiredString('Nick').optional(),
  FaceUrl: requiredString('FaceUrl').optional(),
});

export const AccountImportResponse = Envelope;

const accountList = (item: z.ZodType<string>) =>
  z
    .array(item, { error: 'Accounts must be an array of UserIDs' })
    .min(1, { message: 'Accounts needs at least one UserID' })
    .max(MULTIACCOUNT_IMPORT_MAX, {
      message: `Accounts has more than ${MULTIACCOUNT_IMPORT_MAX} UserIDs; the limit is ${MULTIACCOUNT_IMPORT_MAX} per call`,
    });

export const MultiaccountImportRequest = z.strictObject({ Accounts: accountList(AccountId) });
export type MultiaccountImportRequest = z.infer<typeof MultiaccountImportRequest>;

/** Invalid UserIDs fail alone and are listed in FailAccounts; the cap fails the request. */
export const MultiaccountImportWireRequest = z.object({
  Accounts: accountList(requiredString('Accounts[]')),
});

export const MultiaccountImportResponse = Envelope.extend({
  FailAccounts: z.array(z.string()).optional(),
});

/** account_check and account_delete take at most 100 accounts per call (contract §3.3, §3.4). */
export const ACCOUNT_BATCH_MAX = 100;

const userItems = (field: 'CheckItem' | 'DeleteItem', strict: boolean) =>
  z
    .array(
      (strict ? z.strictObject : z.object)({
        UserID: strict ? AccountId : requiredString('UserID'),
      }),
      {
        error: `${field} must be an array of { UserID }`,
      },
    )
    .min(1, { message: `${field} needs at least one UserID` })
    .max(ACCOUNT_BATCH_MAX, {
      message: `${field} has more than ${ACCOUNT_BATCH_MAX} UserIDs; the limit is ${ACCOUNT_BATCH_MAX} per call`,
    });

export const AccountCheckRequest = z.strictObject({ CheckItem: userItems('CheckItem', true) });
export const AccountCheckWireRequest = z.object({ CheckItem: userItems('CheckItem', false) });
export const AccountDeleteRequest = z.strictObject({ DeleteItem: userItems('DeleteItem', true) });
export const AccountDeleteWireRequest = z.object({ DeleteItem: userItems('DeleteItem', false) });

const AccountResultItem = z.looseObject({
  UserID: z.string(),
  ResultCode: z.number().int(),
  ResultInfo: z.string(),
});

export const AccountCheckResponse = Envelope.extend({
  ResultItem: z
    .array(AccountResultItem.extend({ AccountStatus: z.enum(['Imported', 'NotImported']) }))
    .optional(),
});
export type AccountCheckResponse = z.infer<typeof AccountCheckResponse>;
export const AccountDeleteResponse = Envelope.extend({
  ResultItem: z.array(AccountResultItem).optional(),
});
