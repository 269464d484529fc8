import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listen } from '@/shared/node/listen';
import {
  startBackend,
  TEST_ADMIN,
  TEST_SDKAPPID,
  TEST_SECRET_KEY,
  TEST_TENCENT_TARGET,
  type TestBackend,
} from '@/testing/start-backend';

import { createProxy } from '../create-proxy';
import { MAX_BODY_BYTES } from '../guards';

import { rawRequest, type RawAnswer } from './raw-http';

const addErinToBob = JSON.stringify({
  From_Account: 'erin',
  AddFriendItem: [{ To_Account: 'bob', AddSource: 'AddSource_Type_Console' }],
  ForceAddFlags: 1,
});

function staticSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Friend Console</title>');
  return dir;
}

describe('DNS rebinding: a page on another name that resolves to the console', () => {
  let backend: TestBackend;
  let port: string;
  beforeAll(async () => {
    backend = await startBackend({
      emulator: { seed: 'demo', rateLimit: false },
      proxy: { staticDir: staticSite() },
    });
    port = new URL(backend.proxyUrl).port;
  });
  afterAll(() => backend.stop());

  /** What the attacker's page sends once attacker.example resolves to 127.0.0.1. */
  const rebound = (path: string, init: { method?: string; body?: string } = {}) =>
    rawRequest(backend.proxyUrl, path, {
      ...init,
      headers: {
        host: `attacker.example:${port}`,
        origin: `http://attacker.example:${port}`,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
    });

  function expectRefused(answer: RawAnswer): void {
    expect(answer.status).toBe(421);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.text)).toMatchObject({
      type: 'urn:friend-console:unknown-host',
      detail: expect.stringMatching(/attacker\.example.*ALLOWED_HOSTS/),
    });
  }

  it('refuses a write, and nothing reaches the emulator', async () => {
    const before = backend.emulator.calls.recent(1000).length;
    expectRefused(await rebound('/api/v4/sns/friend_add', { method: 'POST', body: addErinToBob }));
    expect(backend.emulator.calls.recent(1000).length).toBe(before);
    expect(backend.emulator.state.accounts.get('erin')?.friends.has('bob')).toBe(false);
  });

  it('refuses reads, the emulator panel and the pages alike', async () => {
    for (const path of ['/api/target', '/api/session', '/api/emulator/state', '/', '/matrix']) {
      expectRefused(await rebound(path));
    }
    expectRefused(await rebound('/api/emulator/reset', { method: 'POST', body: '{}' }));
    expect(backend.emulator.state.accounts.has('alice')).toBe(true);
  });

  it('refuses loopback names on another port and names that only resolve to loopback', async () => {
    for (const host of [
      `127.0.0.1:${Number(port) + 1}`,
      'localhost',
      `localhost.attacker.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
    ]) {
      const answer = await rawRequest(backend.proxyUrl, '/api/target', { headers: { host } });
      expect(answer.status, host).toBe(421);
    }
  });

  it('serves the names of this console: loopback names and addresses on its port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const answer = await rawRequest(backend.proxyUrl, '/api/target', { headers: { host } });
      expect(answer.status, host).toBe(200);
    }
    const write = await rawRequest(backend.proxyUrl, '/api/v4/sns/friend_add', {
      method: 'POST',
      body: addErinToBob,
      headers: {
        host: `localhost:${port}`,
        origin: `http://localhost:${port}`,
        'content-type': 'application/json',
      },
    });
    expect(write.status).toBe(200);
    expect(backend.emulator.state.accounts.get('erin')?.friends.has('bob')).toBe(true);
  });

  it('answers health by any name, as load balancers probe by address', async () => {
    const answer = await rawRequest(backend.proxyUrl, '/api/health', {
      headers: { host: '10.0.0.5:8080' },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ ok: true });
  });
});

describe('served through a wrapper that passes no Node request', () => {
  it('still refuses other names, and takes loopback names on any port', async () => {
    const backend = await startBackend({ emulator: { seed: 'demo', rateLimit: false } });
    const app = createProxy({
      target: { ...TEST_TENCENT_TARGET, mode: 'emulator' },
      upstream: {
        baseUrl: backend.emulatorUrl,
        credentials: { sdkAppId: TEST_SDKAPPID, secretKey: TEST_SECRET_KEY, admin: TEST_ADMIN },
      },
    });
    const wrapped = await listen((request) => app.fetch(request));
    try {
      const status = async (host: string) =>
        (await rawRequest(wrapped.url, '/api/target', { headers: { host } })).status;
      expect(await status(new URL(wrapped.url).host)).toBe(200);
      expect(await status('localhost:1')).toBe(200);
      expect(await status('attacker.example')).toBe(421);
      const oversized = await rawRequest(wrapped.url, '/api/v4/sns/friend_check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(MAX_BODY_BYTES + 1),
      });
      expect(oversized.status).toBe(413);
    } finally {
      await wrapped.close();
      await backend.stop();
    }
  });
});

describe('bound beyond loopback', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await startBackend({
      emulator: { seed: 'demo', rateLimit: false },
      proxy: { hosts: { loopback: false, allowed: ['friends.example.com', '10.0.0.7:8080'] } },
    });
  });
  afterAll(() => backend.stop());

  it('serves only the names in PUBLIC_ORIGIN and ALLOWED_HOSTS', async () => {
    const status = async (host: string) =>
      (await rawRequest(backend.proxyUrl, '/api/target', { headers: { host } })).status;
    expect(await status('friends.example.com')).toBe(200);
    expect(await status('Friends.Example.com:443')).toBe(200);
    expect(await status('10.0.0.7:8080')).toBe(200);
    expect(await status('10.0.0.7:9090')).toBe(421);
    expect(await status(new URL(backend.proxyUrl).host)).toBe(421);
    expect(await status('evil.example.com')).toBe(421);
  });
});

describe('security headers', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await startBackend({
      emulator: { seed: 'demo', rateLimit: false },
      proxy: { staticDir: staticSite() },
    });
  });
  afterAll(() => backend.stop());

  it('come with every answer: pages, APIs, refusals and health', async () => {
    const host = new URL(backend.proxyUrl).host;
    const answers = await Promise.all([
      rawRequest(backend.proxyUrl, '/'),
      rawRequest(backend.proxyUrl, '/relations/alice'),
      rawRequest(backend.proxyUrl, '/api/target'),
      rawRequest(backend.proxyUrl, '/api/health'),
      rawRequest(backend.proxyUrl, '/api/nothing'),
      rawRequest(backend.proxyUrl, '/api/target', { headers: { host: 'attacker.example' } }),
      rawRequest(backend.proxyUrl, '/api/v4/sns/friend_check', {
        method: 'POST',
        headers: { host, 'content-type': 'text/plain' },
        body: '{}',
      }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 404, 421, 415]);
    for (const { headers } of answers) {
      const csp = String(headers['content-security-policy']);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(headers).toMatchObject({
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(headers['strict-transport-security']).toBeUndefined();
    }
  });
});
