import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Envelope } from '@/shared/contract/common';
import { startBackend, type TestBackend } from '@/testing/start-backend';

import { operations } from './operation-table';
import { SavedState, exportState } from './persistence';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({ emulator: { rateLimit: false, seed: 'demo' } });
});
afterAll(() => backend.stop());

const ACCOUNTS = [
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'mallory',
  'ghost',
  '',
  'x'.repeat(40),
  '你好',
];
const KEYS = [
  'From_Account',
  'To_Account',
  'AddFriendItem',
  'CheckType',
  'AddType',
  'ForceAddFlags',
  'DeleteType',
  'StartIndex',
  'MaxLimited',
  'LastSequence',
  'GroupName',
  'UpdateItem',
  'SnsItem',
  'TagList',
  'ProfileItem',
  'Accounts',
  'UserID',
  'CheckItem',
  'DeleteItem',
  'NeedFriend',
  'Remark',
  'AddSource',
  'Tag',
  'Value',
  'CustomItem',
];

/** Values that look like the API's own, mixed with anything JSON can hold. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...ACCOUNTS),
    fc.constantFrom(
      'CheckResult_Type_Both',
      'Add_Type_Single',
      'Delete_Type_Both',
      'AddSource_Type_Web',
      'Tag_Profile_IM_AllowType',
      'AllowType_Type_DenyAny',
      'Tag_SNS_IM_Group',
    ),
    fc.integer({ min: -2, max: 2000 }),
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const body = fc.oneof(
  fc
    .dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 })
    .map((object) => JSON.stringify(object)),
  fc.jsonValue().map((json) => JSON.stringify(json)),
  fc.string({ maxLength: 50 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

describe('whatever arrives, the emulator answers and its state stays sound', () => {
  it.each(Object.values(operations).map((operation) => operation.endpoint.service))(
    '%s',
    async (service) => {
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const response = await fetch(backend.signedUrl(service), { method: 'POST', body: text });
          expect(response.status).toBe(200);
          Envelope.parse(await response.json());
        }),
        { numRuns: 40 },
      );
      expect(SavedState.safeParse(exportState(backend.emulator.state)).success).toBe(true);
    },
  );

  it('answers odd paths and query strings with an envelope or an HTTP error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webPath(), fc.webQueryParameters(), async (path, query) => {
        const response = await fetch(`${backend.emulatorUrl}/v4${path}?${query}`, {
          method: 'POST',
          body: '{}',
        });
        expect(response.status === 200 || response.status >= 400).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect((await fetch(`${backend.emulatorUrl}/__emulator/health`)).status).toBe(200);
  });
});
