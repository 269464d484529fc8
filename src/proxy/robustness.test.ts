import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { allEndpoints, findEndpoint } from '@/shared/contract/endpoints';
import { startBackend, type TestBackend } from '@/testing/start-backend';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({ emulator: { seed: 'demo', rateLimit: false } });
});
afterAll(() => backend.stop());

const services = allEndpoints().map((endpoint) => endpoint.service);
const account = fc.oneof(
  fc.constantFrom('alice', 'bob', 'carol', ''),
  fc.string({ maxLength: 40 }),
);
const nearlyValid = fc.record(
  {
    From_Account: account,
    To_Account: fc.oneof(fc.array(account, { maxLength: 4 }), account),
    CheckType: fc.constantFrom('CheckResult_Type_Both', 'CheckResult_Type_Single', 'Both'),
    AddFriendItem: fc.array(fc.record({ To_Account: account, Remark: fc.string() }), {
      maxLength: 3,
    }),
    DeleteType: fc.constantFrom('Delete_Type_Both', 'Delete_Type_Single', 7),
    StartIndex: fc.oneof(fc.integer(), fc.string()),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  nearlyValid.map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
);
const path = fc.oneof(
  fc.constantFrom(...services).map((service) => `/api/${service}`),
  fc.constantFrom(...services).map((service) => `/api/batch/${service}`),
  fc.webPath().map((p) => `/api${p}`),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
);

const knownAccount = fc.constantFrom('alice', 'bob', 'carol', 'dave');
const mostlyValidCheck = fc.tuple(
  fc.constantFrom('/api/v4/sns/friend_check', '/api/batch/v4/sns/friend_check'),
  fc
    .record({
      From_Account: fc.oneof(knownAccount, account),
      To_Account: fc.array(fc.oneof(knownAccount, knownAccount, account), { maxLength: 4 }),
      CheckType: fc.constantFrom('CheckResult_Type_Both', 'CheckResult_Type_Single', 'Both'),
    })
    .map((value) => JSON.stringify(value)),
);
const request = fc.oneof(fc.tuple(path, body), mostlyValidCheck);

describe('the proxy under random and malformed requests', () => {
  it('never crashes, never answers 5xx for bad input and never forwards what the contract refuses', async () => {
    let forwardedTotal = 0;
    await fc.assert(
      fc.asyncProperty(request, contentType, async ([target, text], type) => {
        const before = backend.emulator.calls.recent(1000).length;
        const response = await fetch(`${backend.proxyUrl}${target}`, {
          method: 'POST',
          headers: { 'content-type': type },
          body: target.startsWith('/api/batch/') ? `{"requests":[${text}]}` : text,
        });
        await response.arrayBuffer();
        const forwarded = backend.emulator.calls.recent(1000).length - before;
        forwardedTotal += forwarded;
        expect(response.status).toBeLessThan(500);
        const service = target.replace(/^\/api\/(batch\/)?/, '');
        const endpoint = findEndpoint(service);
        let valid = false;
        try {
          valid = endpoint?.request.safeParse(JSON.parse(text)).success ?? false;
        } catch {
          valid = false;
        }
        const json = type.startsWith('application/json');
        expect(forwarded).toBe(valid && json ? 1 : 0);
        if (!valid || !json) expect(response.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 300 },
    );
    // The generators must reach the upstream sometimes, or the property proves little.
    expect(forwardedTotal).toBeGreaterThan(5);
    expect((await fetch(`${backend.proxyUrl}/api/health`)).status).toBe(200);
  });
});
