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
