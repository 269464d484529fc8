import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startBackend, type TestBackend } from '@/testing/start-backend';

import type { AccessConfig } from './access';
import { type AuditEntry, openAuditLog } from './audit-log';

const OPERATOR_TOKEN = 'operator-token-0123456789';
const VIEWER_TOKEN = 'viewer-token-0123456789';
const check = { From_Account: 'alice', To_Account: ['bob'], CheckType: 'CheckResult_Type_Both' };
const add = {
  From_Account: 'erin',
  AddFriendItem: [{ To_Account: 'carol' }],
  AddType: 'Add_Type_Both',
};

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

async function startWith(access: AccessConfig, auditPath?: string): Promise<TestBackend> {
  return startBackend({
    emulator: { seed: 'demo', rateLimit: false },
    proxy: { access, ...(auditPath ? { auditLog: openAuditLog(auditPath) } : {}) },
  });
}

describe('shared tokens and basic-auth users', () => {
  let backend: TestBackend;
  const auditPath = join(mkdtempSync(join(tmpdir(), 'fc-audit-')), 'audit.log');

  beforeAll(async () => {
    backend = await startWith(
      {
        tokens: [
          { token: OPERATOR_TOKEN, role: 'operator' },
          { token: VIEWER_TOKEN, role: 'viewer' },
        ],
        users: [{ name: 'vic', role: 'viewer', password: 'battery-staple' }],
      },
      auditPath,
    );
  });
  afterAll(() => backend.stop());

  const call = (service: string, body: unknown, authorization?: string) =>
    backend.callProxy(service, body, {
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    });

  it('asks for sign-in with a Basic challenge, on the API and on the pages', async () => {
    const api = await call('v4/sns/friend_check', check);
    expect(api.status).toBe(401);
    expect(api.headers.get('www-authenticate')).toBe(
      'Basic realm="Friend Console", charset="UTF-8"',
    );
    expect(await api.json()).toMatchObject({ title: 'Sign-in required' });
    expect((await fetch(`${backend.proxyUrl}/api/target`)).status).toBe(401);
    expect((await fetch(`${backend.proxyUrl}/add`)).status).toBe(401);
    expect((await call('v4/sns/friend_check', check, 'Bearer wrong-token-0123456789')).status).toBe(
      401,
    );
    expect((await fetch(`${backend.proxyUrl}/api/health`)).status).toBe(200);
  });

  it('lets the operator token write, as a Bearer token or as the Basic password', async () => {
    const bearer = await call('v4/sns/friend_add', add, `Bearer ${OPERATOR_TOKEN}`);
    expect(bearer.status).toBe(200);
    expect(await bearer.json()).toMatchObject({ ActionStatus: 'OK' });
    const session = await fetch(`${backend.proxyUrl}/api/session`, {
      headers: { authorization: basic('anyone', OPERATOR_TOKEN) },
    });
    expect(await session.json()).toEqual({
      identity: 'token:operator',
      role: 'operator',
      signedIn: true,
    });
  });

  it('keeps viewers to read APIs', async () => {
    for (const authorization of [`Bearer ${VIEWER_TOKEN}`, basic('vic', 'battery-staple')]) {
      expect((await call('v4/sns/friend_check', check, authorization)).status).toBe(200);
      const write = await call(
        'v4/sns/friend_delete',
        { From_Account: 'alice', To_Account: ['bob'] },
        authorization,
      );
      expect(write.status).toBe(403);
      expect(((await write.json()) as { detail: string }).detail).toMatch(
        /viewer and may only call read APIs; v4\/sns\/friend_delete changes data/,
      );
    }
    expect(backend.emulator.state.accounts.get('alice')?.friends.has('bob')).toBe(true);
    expect((await call('v4/sns/friend_check', check, basic('vic', 'wrong-password'))).status).toBe(
      401,
    );
  });

  it('writes one audit line per write call, on disk before the answer arrives', async () => {
    const response = await call(
      'v4/sns/friend_add',
      { From_Account: 'erin', AddFriendItem: [{ To_Account: 'dave' }, { To_Account: 'bob' }] },
      `Bearer ${OPERATOR_TOKEN}`,
    );
    const requestId = response.headers.get('x-request-id');
    const lines = readFileSync(auditPath, 'utf8').trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as AuditEntry);
    expect(entries.every((entry) => entry.api === 'v4/sns/friend_add')).toBe(true);
    const last = entries.find((entry) => entry.requestId === requestId);
    expect(last).toMatchObject({
      operator: 'token:operator',
      role: 'operator',
      api: 'v4/sns/friend_add',
      From_Account: 'erin',
      To_Accounts: ['dave', 'bob'],
      status: 200,
      ActionStatus: 'OK',
      results: [
        { account: 'dave', ResultCode: 30516 },
        { account: 'bob', ResultCode: 0 },
      ],
      attempts: 1,
    });
    expect(Date.parse(last?.time ?? '')).not.toBeNaN();
  });
});

describe('a trusted identity header from an authenticating reverse proxy', () => {
  let backend: TestBackend;
  afterAll(() => backend.stop());

  it('takes the user from the header only from the configured addresses', async () => {
    backend = await startWith({
      tokens: [],
      users: [],
      trustedHeader: {
        name: 'x-forwarded-email',
        addresses: ['127.0.0.1'],
        operators: ['lead@example.com'],
      },
    });
    const call = (service: string, body: unknown, user?: string) =>
      backend.callProxy(service, body, {
        headers: {
          'content-type': 'application/json',
          ...(user ? { 'x-forwarded-email': user } : {}),
        },
      });
    expect((await call('v4/sns/friend_add', add, 'lead@example.com')).status).toBe(200);
    expect((await call('v4/sns/friend_check', check, 'support@example.com')).status).toBe(200);
    expect((await call('v4/sns/friend_add', add, 'support@example.com')).status).toBe(403);
    const anonymous = await call('v4/sns/friend_check', check);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBeNull();
  });

  it('ignores the header from any other address', async () => {
    const elsewhere = await startWith({
      tokens: [],
      users: [],
      trustedHeader: { name: 'x-forwarded-email', addresses: ['10.1.2.3'], operators: '*' },
    });
    const response = await elsewhere.callProxy('v4/sns/friend_check', check, {
      headers: { 'content-type': 'application/json', 'x-forwarded-email': 'lead@example.com' },
    });
    expect(response.status).toBe(401);
    await elsewhere.stop();
  });
});

describe('the origin check', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await startWith({ tokens: [], users: [] });
  });
  afterAll(() => backend.stop());

  const send = (headers: Record<string, string>) =>
    backend.callProxy('v4/sns/friend_add', add, {
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('refuses writes from other sites', async () => {
    const crossSite = await send({
      'sec-fetch-site': 'cross-site',
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { detail: string }).detail).toMatch(
      /Sec-Fetch-Site is cross-site/,
    );
    const foreignOrigin = await send({ origin: 'https://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    expect(((await foreignOrigin.json()) as { detail: string }).detail).toMatch(
      /Origin https:\/\/evil\.example is not this console/,
    );
    expect(backend.emulator.calls.recent().length).toBe(0);
  });

  it('accepts the console’s own pages and non-browser clients', async () => {
    expect((await send({ 'sec-fetch-site': 'same-origin', origin: backend.proxyUrl })).status).toBe(
      200,
    );
    expect((await send({ origin: backend.proxyUrl })).status).toBe(200);
    expect((await send({})).status).toBe(200);
  });
});
