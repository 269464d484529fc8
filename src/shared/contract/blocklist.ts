import { z } from 'zod';

import { Envelope, FailAccount, ResultItem } from './common';
import { idOf, listOf, objectOf, type SchemaMode } from './schema-kit';

export const BLACKLIST_MAX_ACCOUNTS = 1000;
/** black_list_get's page size has no documented maximum; we cap it at 1000 (our decision). */
export const BLACKLIST_GET_MAX_PAGE = 1000;

const accounts = (mode: SchemaMode) =>
  listOf(idOf(mode, 'To_Account'), 'To_Account', BLACKLIST_MAX_ACCOUNTS, 'accounts');

const blackListChange = (mode: SchemaMode) =>
  objectOf(mode, { From_Account: idOf(mode, 'From_Account'), To_Account: accounts(mode) });
export const BlackListAddRequest = blackListChange('request');
export const BlackListAddWireRequest = blackListChange('wire');
export const BlackListDeleteRequest = BlackListAddRequest;
export const BlackListDeleteWireRequest = BlackListAddWireRequest;

export const BlackCheckType = z.enum(
  ['BlackCheckResult_Type_Both', 'BlackCheckResult_Type_Single'],
  {
    error: 'CheckType must be BlackCheckResult_Type_Both or BlackCheckResult_Type_Single',
  },
);
export const BLACK_RELATIONS = [
  'BlackCheckResult_Type_BothWay',
  'BlackCheckResult_Type_AWithB',
  'BlackCheckResult_Type_BWithA',
  'BlackCheckResult_Type_NO',
] as const;
export const BlackRelation = z.enum(BLACK_RELATIONS);
export type BlackRelation = z.infer<typeof BlackRelation>;

const blackListCheck = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    To_Account: accounts(mode),
    CheckType: BlackCheckType,
  });
export const BlackListCheckRequest = blackListCheck('request');
export const BlackListCheckWireRequest = blackListCheck('wire');

const blackListGet = (mode: SchemaMode) =>
  objectOf(mode, {
    From_Account: idOf(mode, 'From_Account'),
    StartIndex: z.number({ error: 'StartIndex must be a number' }).int().nonnegative(),
    MaxLimited: z
      .number({ error: 'MaxLimited must be a number' })
      .int()
      .min(1, { message: 'MaxLimited must be at least 1' })
      .max(BLACKLIST_GET_MAX_PAGE, {
        message: `MaxLimited is over ${BLACKLIST_GET_MAX_PAGE}; the limit is ${BLACKLIST_GET_MAX_PAGE}`,
      }),
    LastSequence: z.number({ error: 'LastSequence must be a number' }).int().nonnegative(),
  });
export const BlackListGetRequest = blackListGet('request');
export const BlackListGetWireRequest = blackListGet('wire');

export const BlackListWriteResponse = Envelope.extend({
  ResultItem: z.array(ResultItem).optional(),
  Fail_Account: FailAccount,
});

export const BlackListCheckResponse = Envelope.extend({
  BlackListCheckItem: z
    .array(
      z.looseObject({
        To_Account: z.string(),
        Relation: BlackRelation,
        ResultCode: z.number(),
        ResultInfo: z.string(),
      }),
    )
    .optional(),
  Fail_Account: FailAccount,
});

export const BlackListGetResponse = Envelope.extend({
  BlackListItem: z
    .array(z.looseObject({ To_Account: z.string(), AddBlackTimeStamp: z.number() }))
    .optional(),
  StartIndex: z.number().optional(),
  // Sic: the real API misspells this field (contract §2.11).
  CurruentSequence: z.number().optional(),
});
