/**
 * Attacks through the request body (issue #15): media types that only look like JSON, and JSON
 * that one parser reads differently from another. Real proxy, real emulator; a relay between
 * them records the exact bytes that leave the proxy.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { listen, type Listening } from '@/shared/node/listen';
import {
  startBackend,
  TEST_ADMIN,
  TEST_SDKAPPID,
  TEST_SECRET_KEY,
  type TestBackend,
} from '@/testing/start-backend';

import type { AuditEntry } from '../audit-log';

let backend: TestBackend;
/** Bodies as the upstream received them, in order. */
const sent: string[] = [];
const audited: AuditEntry[] = [];
let relay: Listening;

beforeAll(async () => {
  relay = await listen(async (request) => {
    const body = await request.text();
    sent.push(body);
    const { pathname, search } = new URL(request.url);
    const answer = await fetch(`${backend.emulatorUrl}${pathname}${search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return new Response(await answer.text(), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  backend = await startBackend({
    emulator: { seed: 'demo', rateLimit: false },
    proxy: {
      upstream: {
        baseUrl: relay.url,
        credentials: { sdkAppId: TEST_SDKAPPID, secretKey: TEST_SECRET_KEY, admin: TEST_ADMIN },
      },
      auditLog: {
        append: async (entry) => {
          audited.push(entry);
        },
        close: async () => undefined,
      },
    },
  });
});
afterAll(async () => {
  await backend.stop();
  await relay.close();
});
beforeEach(async () => {
  sent.length = 0;
  audited.length = 0;
  await backend.emulator.reset('demo');
});

const check = JSON.stringify({
  From_Account: 'alice',
  To_Account: ['bob'],
  CheckType: 'CheckResult_Type_Both',
});

function post(path: string, body: string, contentType?: string): Promise<Response> {
  return fetch(`${backend.proxyUrl}/api/${path}`, {
    method: 'POST',
    headers: contentType === undefined ? {} : { 'content-type': contentType },
    body,
  });
}

describe('media type', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON;charset="UTF-8"',
    'application/json ; foo=bar',
  ])('accepts %s', async (contentType) => {
    const response = await post('v4/sns/friend_check', check, contentType);
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
  });

  it.each([
    ['application/jsonx', 'not application/jsonx'],
    ['application/json-seq', 'not application/json-seq'],
    ['application/json+evil', 'not application/json+evil'],
    ['text/plain', 'not text/plain'],
    ['application/json, text/html', 'not application/json, text/html'],
    ['application/json; charset=utf-16', 'UTF-8, not utf-16'],
    ['', 'Send the body as application/json.'],
  ])('refuses %j with 415 before anything leaves', async (contentType, detail) => {
    for (const path of ['v4/sns/friend_check', 'batch/v4/sns/friend_check']) {
      const body = path.startsWith('batch') ? `{"requests":[${check}]}` : check;
      const response = await post(path, body, contentType);
      expect(response.status).toBe(415);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await response.json()) as { detail: string }).detail).toContain(detail);
    }
    expect(sent).toEqual([]);
  });

  it('refuses a body without a Content-Type header', async () => {
    const response = await fetch(`${backend.proxyUrl}/api/v4/sns/friend_check`, {
      method: 'POST',
      body: new Blob([check]), // a Blob without a type sends no Content-Type
    });
    expect(response.status).toBe(415);
    expect(sent).toEqual([]);
  });
});

describe('duplicate keys', () => {
  // Decision: the proxy forwards what it parsed, re-serialized, instead of refusing duplicates.
  // It closes every disagreement between our parser and Tencent's (duplicates, escapes, number
  // forms), not just one, and costs one JSON.stringify per call.
  const smuggled =
    '{"From_Account":"mallory","AddFriendItem":[{"To_Account":"erin","AddSource":"AddSource_Type_Web"}],' +
    '"From_Account":"alice","AddType":"Add_Type_Single"}';

  it('sends upstream exactly the body it validated and audited', async () => {
    const response = await post('v4/sns/friend_add', smuggled, 'application/json');
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
    const upstream = sent[0] ?? '';
    expect(upstream.match(/"From_Account"/g)).toHaveLength(1);
    expect(JSON.parse(upstream)).toMatchObject({ From_Account: 'alice' });
    expect(audited).toMatchObject([{ From_Account: 'alice', To_Accounts: ['erin'] }]);
    const state = backend.emulator.state.accounts;
    expect(state.get('alice')?.friends.has('erin')).toBe(true);
    expect(state.get('mallory')?.friends.has('erin')).toBe(false);
  });

  it('does the same for every body of a bulk call', async () => {
    const response = await post(
      'batch/v4/sns/friend_add',
      `{"requests":[${smuggled},${smuggled.replace('erin', 'bob')}]}`,
      'application/json',
    );
    expect(response.status).toBe(200);
    await response.text();
    expect(sent).toHaveLength(2);
    for (const body of sent) {
      expect(body.match(/"From_Account"/g)).toHaveLength(1);
      expect(JSON.parse(body)).toMatchObject({ From_Account: 'alice' });
    }
    expect(audited.map((entry) => entry.From_Account)).toEqual(['alice', 'alice']);
  });

  it('validates the value that is sent: an invalid last duplicate is refused', async () => {
    const response = await post(
      'v4/sns/friend_check',
      '{"From_Account":"alice","To_Account":["bob"],"CheckType":"CheckResult_Type_Both","From_Account":"a b"}',
      'application/json',
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain(
      'From_Account may contain only printable ASCII without spaces',
    );
    expect(sent).toEqual([]);
  });
});

describe('bulk validation', () => {
  it('checks 1000 bodies of 60 accounts each and names the one bad field', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `user${i}`);
    const requests = Array.from({ length: 1000 }, (_, index) => ({
      From_Account: 'alice',
      To_Account: index === 997 ? [...ids.slice(1), ' bad'] : ids,
      CheckType: 'CheckResult_Type_Both',
    }));
    const response = await post(
      'batch/v4/sns/friend_check',
      JSON.stringify({ requests }),
      'application/json',
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field)).toEqual(['requests[997].To_Account[59]']);
    expect(sent).toEqual([]);
  });
});
