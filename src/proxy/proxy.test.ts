import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FriendAddResponse } from '@/shared/contract/friend-add';
import { FriendCheckResponse } from '@/shared/contract/friend-check';
import { TargetDescription } from '@/shared/contract/target';
import { listen } from '@/shared/node/listen';
import {
  startBackend,
  TEST_SECRET_KEY,
  TEST_TENCENT_TARGET,
  type TestBackend,
} from '@/testing/start-backend';

import { createProxy } from './create-proxy';
import { parseAccess } from './access';
import { createLogger } from './logger';
import { READ_ATTEMPTS } from './upstream';
import { createUserSigSource } from './user-sig-source';

let backend: TestBackend;
const seen: string[] = [];

async function record(response: Response): Promise<string> {
  const text = await response.text();
  seen.push(text, JSON.stringify([...response.headers]));
  return text;
}

beforeAll(async () => {
  backend = await startBackend({ emulator: { seed: 'demo', rateLimit: false } });
});
afterAll(() => backend.stop());

describe('proxy over HTTP against the emulator', () => {
  it('forwards an allowlisted call, signed, and returns Tencent’s JSON verbatim', async () => {
    const body = {
      From_Account: 'alice',
      To_Account: ['bob', 'carol'],
      CheckType: 'CheckResult_Type_Both',
    };
    const viaProxy = await backend.callProxy('v4/sns/friend_check', body);
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const proxied = await record(viaProxy);
    const direct = JSON.stringify(await backend.callEmulator('v4/sns/friend_check', body));
    expect(proxied).toBe(direct);
    expect(FriendCheckResponse.parse(JSON.parse(proxied)).InfoItem?.[0]?.Relation).toBe(
      'CheckResult_Type_BothWay',
    );
  });

  it('writes through to the emulator', async () => {
    const response = await backend.callProxy('v4/sns/friend_add', {
      From_Account: 'erin',
      AddFriendItem: [{ To_Account: 'bob', AddSource: 'AddSource_Type_Console' }],
    });
    const answer = FriendAddResponse.parse(JSON.parse(await record(response)));
    expect(answer.ResultItem?.[0]?.ResultCode).toBe(0);
    expect(backend.emulator.state.accounts.get('erin')?.friends.has('bob')).toBe(true);
  });

  it('answers 404 problem+json for anything outside the allowlist', async () => {
    for (const path of [
      'v4/openim/sendmsg',
      'v4/group_open_http_svc/destroy_group',
      'v4/sns/../../__emulator/reset',
    ]) {
      const response = await backend.callProxy(path, {});
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      await record(response);
    }
    const get = await fetch(`${backend.proxyUrl}/api/v4/sns/friend_check`);
    expect(get.status).toBe(404);
  });

  it('refuses a bad body with 400 naming the field and the limit, before calling upstream', async () => {
    const response = await backend.callProxy('v4/sns/friend_add', {
      From_Account: 'erin',
      AddFriendItem: [{ To_Account: 'carol', Remark: '你'.repeat(40) }],
    });
    expect(response.status).toBe(400);
    const problem = JSON.parse(await record(response)) as {
      errors: { field: string; message: string }[];
    };
    expect(problem.errors).toEqual([
      { field: 'AddFriendItem[0].Remark', message: 'Remark is 120 bytes; the limit is 96 bytes' },
    ]);
    expect(backend.emulator.state.accounts.get('erin')?.friends.has('carol')).toBe(false);
  });

  it('refuses malformed JSON (400), other media types (415) and bodies over 1 MiB (413)', async () => {
    expect((await backend.callProxy('v4/sns/friend_check', '{oops')).status).toBe(400);
    const text = await backend.callProxy('v4/sns/friend_check', '{}', {
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const huge = JSON.stringify({
      From_Account: 'a',
      To_Account: ['b'],
      CheckType: 'CheckResult_Type_Both',
      pad: 'x'.repeat(1024 * 1024),
    });
    expect((await backend.callProxy('v4/sns/friend_check', huge)).status).toBe(413);
  });

  it('describes the target without the key or a UserSig', async () => {
    const response = await fetch(`${backend.proxyUrl}/api/target`);
    const target = TargetDescription.parse(JSON.parse(await record(response)));
    expect(target).toMatchObject({
      mode: 'emulator',
      sdkAppId: 1400000000,
      admin: 'administrator',
    });
  });

  it('never sends the secret key or a UserSig to the client', () => {
    const userSig = createUserSigSource({
      sdkAppId: 1400000000,
      secretKey: TEST_SECRET_KEY,
      admin: 'administrator',
    }).current();
    expect(seen.length).toBeGreaterThan(8);
    for (const text of seen) {
      expect(text).not.toContain(TEST_SECRET_KEY);
      expect(text).not.toContain(userSig.slice(0, 40));
      expect(text.toLowerCase()).not.toContain('usersig=');
    }
  });
});

describe('upstream failures', () => {
  const credentials = { sdkAppId: 1, secretKey: 'k', admin: 'administrator' };
  const target = {
    mode: 'tencent' as const,
    sdkAppId: 1,
    admin: 'administrator',
    region: 'custom',
    host: 'upstream',
  };
  const check = { From_Account: 'a', To_Account: ['b'], CheckType: 'CheckResult_Type_Both' };

  async function proxyTo(
    baseUrl: string,
    upstreamTimeoutMs?: number,
    call: { service: string; body: unknown } = { service: 'v4/sns/friend_check', body: check },
  ) {
    const server = await listen(
      createProxy({
        target,
        upstream: { baseUrl, credentials },
        upstreamTimeoutMs,
        random: () => 0.5,
      }).fetch,
    );
    const response = await fetch(`${server.url}/api/${call.service}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(call.body),
    });
    const problem = (await response.json()) as { title: string };
    await server.close();
    return { status: response.status, type: response.headers.get('content-type'), problem };
  }

  async function upstream(
    handler: Parameters<typeof createServer>[1],
  ): Promise<{ url: string; server: Server }> {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
  }

  it('maps a refused connection to 502', async () => {
    const closed = await upstream(() => undefined);
    closed.server.close();
    const result = await proxyTo(closed.url);
    expect(result).toMatchObject({ status: 502, type: 'application/problem+json' });
  });

  it('maps an upstream HTTP 502 to 502 and a reset connection to 502', async () => {
    const bad = await upstream((_req, res) => res.writeHead(502).end('Bad Gateway'));
    expect((await proxyTo(bad.url)).status).toBe(502);
    bad.server.close();
    const reset = await upstream((req) => req.socket.destroy());
    expect((await proxyTo(reset.url)).status).toBe(502);
    reset.server.close();
  });

  it('maps a stalled upstream to 504 after the timeout', async () => {
    const stall = await upstream(() => undefined);
    const result = await proxyTo(stall.url, 200);
    expect(result.status).toBe(504);
    expect(result.problem.title).toMatch(/did not answer in time/);
    stall.server.closeAllConnections();
    stall.server.close();
  });

  it('retries a read through transient failures, and never retries a write', async () => {
    let hits = 0;
    const flaky = await upstream((req, res) => {
      hits += 1;
      if (hits % 3 !== 0) {
        if (hits % 2 === 1) req.socket.destroy();
        else res.writeHead(503).end('busy');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
    });
    const read = await proxyTo(flaky.url);
    expect(read.status).toBe(200);
    expect(hits).toBe(3);

    hits = 0;
    const write = await proxyTo(flaky.url, undefined, {
      service: 'v4/sns/friend_add',
      body: { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] },
    });
    expect(write.status).toBe(502);
    expect(hits).toBe(1);
    flaky.server.close();
  });

  it('gives up on a read after three attempts', async () => {
    let hits = 0;
    const down = await upstream((_req, res) => {
      hits += 1;
      res.writeHead(502).end();
    });
    expect((await proxyTo(down.url)).status).toBe(502);
    expect(hits).toBe(READ_ATTEMPTS);
    down.server.close();
  });
});

describe('logs', () => {
  it('carry request ids, durations and upstream codes, and never a UserSig', async () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (line: string) => lines.push(line) } });
    const logged = await startBackend({
      emulator: { seed: 'demo', rateLimit: false },
      proxy: { logger },
    });
    const response = await logged.callProxy('v4/sns/friend_check', {
      From_Account: 'alice',
      To_Account: ['bob'],
      CheckType: 'CheckResult_Type_Both',
    });
    const signed = logged.signedUrl('v4/sns/friend_check');
    const userSig = new URL(signed).searchParams.get('usersig') ?? '';
    logger.warn({ url: signed, usersig: userSig, nested: { userSig } }, `failed calling ${signed}`);
    await logged.stop();

    const request = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.msg === 'api request');
    expect(request).toMatchObject({
      requestId: response.headers.get('x-request-id'),
      status: 200,
      api: 'v4/sns/friend_check',
      ActionStatus: 'OK',
      ErrorCode: 0,
      attempts: 1,
    });
    expect(typeof request?.durationMs).toBe('number');
    const all = lines.join('');
    expect(userSig.length).toBeGreaterThan(40);
    expect(all).not.toContain(userSig.slice(0, 24));
    expect(all).toContain('usersig=[redacted]');
  });
});

describe('emulator panel routes', () => {
  it('forward /api/emulator/* to the emulator’s control API', async () => {
    const seeds = await fetch(`${backend.proxyUrl}/api/emulator/seeds`);
    expect(await seeds.json()).toMatchObject({ seeds: ['empty', 'demo', 'mixed-relations'] });
    const reset = await fetch(`${backend.proxyUrl}/api/emulator/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seed: 'mixed-relations' }),
    });
    expect(await reset.json()).toEqual({ seed: 'mixed-relations', accounts: 8 });
    const after = await fetch(`${backend.proxyUrl}/api/emulator/seeds`);
    expect(await after.json()).toMatchObject({ loaded: 'mixed-relations' });
    const calls = await fetch(`${backend.proxyUrl}/api/emulator/calls?limit=1`);
    expect(calls.status).toBe(200);
    await backend.emulator.reset('demo');
  });

  it('let a viewer read but not change the emulator, and refuse cross-site changes', async () => {
    const { access, problems } = parseAccess({
      AUTH_TOKEN: 'operator-token-0123456789',
      AUTH_VIEWER_TOKEN: 'viewer-token-0123456789',
    });
    expect(problems).toEqual([]);
    const guarded = await startBackend({ proxy: { access } });
    try {
      const asViewer = {
        authorization: 'Bearer viewer-token-0123456789',
        'content-type': 'application/json',
      };
      expect(
        (await fetch(`${guarded.proxyUrl}/api/emulator/faults`, { headers: asViewer })).status,
      ).toBe(200);
      const reset = await fetch(`${guarded.proxyUrl}/api/emulator/reset`, {
        method: 'POST',
        headers: asViewer,
        body: '{}',
      });
      expect(reset.status).toBe(403);
      expect(await reset.json()).toMatchObject({ title: 'Operator role required' });
      const crossSite = await fetch(`${guarded.proxyUrl}/api/emulator/reset`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer operator-token-0123456789',
          'content-type': 'application/json',
          'sec-fetch-site': 'cross-site',
        },
        body: '{}',
      });
      expect(crossSite.status).toBe(403);
    } finally {
      await guarded.stop();
    }
  });

  it('do not exist when the target is a real Tencent app', async () => {
    const tencent = await startBackend({
      proxy: { target: TEST_TENCENT_TARGET },
    });
    try {
      const seeds = await fetch(`${tencent.proxyUrl}/api/emulator/seeds`);
      expect(seeds.status).toBe(404);
    } finally {
      await tencent.stop();
    }
  });
});
