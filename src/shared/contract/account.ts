import { z } from 'zod';

import { Envelope } from './common';
import { idOf, listOf, objectOf, type SchemaMode, textOf } from './schema-kit';

export const PROFILE_TEXT_MAX_BYTES = 500;
export const MULTIACCOUNT_IMPORT_MAX = 100;

const accountImport = (mode: SchemaMode) =>
  objectOf(mode, {
    UserID: idOf(mode, 'UserID'),
    Nick: textOf(mode, 'Nick', { maxBytes: PROFILE_TEXT_MAX_BYTES }).optional(),
    FaceUrl: textOf(mode, 'FaceUrl', { maxBytes: PROFILE_TEXT_MAX_BYTES }).optional(),
  });
export const AccountImportRequest = accountImport('request');
export type AccountImportRequest = z.infer<typeof AccountImportRequest>;
export const AccountImportWireRequest = accountImport('wire');

export const AccountImportResponse = Envelope;

/** Invalid UserIDs fail alone on the wire and are listed in FailAccounts; the cap fails the request. */
const multiaccountImport = (mode: SchemaMode) =>
  objectOf(mode, {
    Accounts: listOf(
      idOf(mode, 'UserID', 'Accounts[]'),
      'Accounts',
      MULTIACCOUNT_IMPORT_MAX,
      'UserIDs',
      { one: 'UserID', of: 'UserIDs' },
    ),
  });
export const MultiaccountImportRequest = multiaccountImport('request');
export type MultiaccountImportRequest = z.infer<typeof MultiaccountImportRequest>;
export const MultiaccountImportWireRequest = multiaccountImport('wire');

export const MultiaccountImportResponse = Envelope.extend({
  FailAccounts: z.array(z.string()).optional(),
});

/** account_check and account_delete take at most 100 accounts per call (contract §3.3, §3.4). */
export const ACCOUNT_BATCH_MAX = 100;

const userItems = (mode: SchemaMode, field: 'CheckItem' | 'DeleteItem') =>
  listOf(objectOf(mode, { UserID: idOf(mode, 'UserID') }), field, ACCOUNT_BATCH_MAX, 'UserIDs', {
    one: 'UserID',
    of: '{ UserID }',
  });
const accountCheck = (mode: SchemaMode) =>
  objectOf(mode, { CheckItem: userItems(mode, 'CheckItem') });
const accountDelete = (mode: SchemaMode) =>
  objectOf(mode, { DeleteItem: userItems(mode, 'DeleteItem') });
export const AccountCheckRequest = accountCheck('request');
export const AccountCheckWireRequest = accountCheck('wire');
export const AccountDeleteRequest = accountDelete('request');
export const AccountDeleteWireRequest = accountDelete('wire');

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
