import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { listen, type Listening } from '@/shared/node/listen';
import { TEST_CREDENTIALS, TEST_SECRET_KEY, TEST_TENCENT_TARGET } from '@/testing/start-backend';

import { createProxy } from '../create-proxy';

/**
 * Issue 15: a broken or hostile upstream. Whatever it answers, the credential never reaches a
 * caller, an oversized answer is cut off, and a read that timed out is not sent again.
 */
const SECRET_KEY = TEST_SECRET_KEY;
const credentials = TEST_CREDENTIALS;
const target = TEST_TENCENT_TARGET;
const check = { From_Account: 'a', To_Account: ['b'], CheckType: 'CheckResult_Type_Both' };

const servers: Server[] = [];
const proxies: Listening[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

interface Upstream {
  url: string;
  /** The UserSig the proxy sent, as the upstream saw it. */
  userSigs: string[];
  hits: number;
  closed: number;
}

async function upstream(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: Upstream = { url: '', userSigs: [], hits: 0, closed: 0 };
  const server = createServer((req, res) => {
    seen.hits += 1;
    seen.userSigs.push(new URL(req.url ?? '', 'http://x').searchParams.get('usersig') ?? '');
    res.on('close', () => (seen.closed += 1));
    req.resume();
    req.on('end', () => handler(req, res));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  seen.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return seen;
}

async function proxyTo(url: string, deps: { maxAnswerBytes?: number; timeoutMs?: number } = {}) {
  const proxy = await listen(
    createProxy({
      target,
      upstream: { baseUrl: url, credentials },
      maxAnswerBytes: deps.maxAnswerBytes,
      upstreamTimeoutMs: deps.timeoutMs,
    }).fetch,
  );
  proxies.push(proxy);
  return proxy;
}

function post(proxyUrl: string, path: string, body: unknown) {
  return fetch(`${proxyUrl}/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Tencent's envelope with the request URL and the secret key echoed into its text fields. */
function echo(req: IncomingMessage, res: ServerResponse) {
  const url = `https://console.tim.qq.com${req.url}`;
  res.setHeader('content-type', 'application/json');
  res.end(
    JSON.stringify({
      ActionStatus: 'FAIL',
      ErrorCode: 90001,
      ErrorInfo: `bad request ${url}`,
      ErrorDisplay: `key ${SECRET_KEY}; sig ${decodeURIComponent(url)}`,
    }),
  );
}

function expectNoCredential(text: string, userSigs: string[]) {
  expect(userSigs.length).toBeGreaterThan(0);
  for (const userSig of userSigs) {
    expect(userSig.length).toBeGreaterThan(20);
    expect(text).not.toContain(userSig);
    expect(text).not.toContain(encodeURIComponent(userSig));
  }
  expect(text).not.toContain(SECRET_KEY);
  expect(text).not.toMatch(/usersig=(?!\[redacted\])/i);
}

describe('an upstream that echoes the request URL and the key', () => {
  it('reaches a single caller with the UserSig and the key scrubbed', async () => {
    const tencent = await upstream(echo);
    const proxy = await proxyTo(tencent.url);
    const response = await post(proxy.url, 'v4/sns/friend_check', check);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain('usersig=[redacted]');
    expectNoCredential(text, tencent.userSigs);
    // What is left is still Tencent's answer, parseable and with its code.
    expect(JSON.parse(text)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 90001 });
  });

  it('reaches a batch caller with every line scrubbed', async () => {
    const tencent = await upstream(echo);
    const proxy = await proxyTo(tencent.url);
    const response = await post(proxy.url, 'batch/v4/sns/friend_check', {
      requests: [check, check, check],
    });
    const text = await response.text();
    expect(text.trim().split('\n')).toHaveLength(3);
    expectNoCredential(text, tencent.userSigs);
  });

  it('never puts the credential into a problem built from an upstream failure', async () => {
    const tencent = await upstream((req, res) => res.writeHead(500).end(`failed: ${req.url}`));
    const proxy = await proxyTo(tencent.url);
    const response = await post(proxy.url, 'v4/sns/friend_check', check);
    expect(response.status).toBe(502);
    expectNoCredential(await response.text(), tencent.userSigs);
  });
});

describe('an upstream that answers too much or too late', () => {
  it('cuts off an answer beyond MAX_ANSWER_BYTES with a 502 problem, without reading it all', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    const tencent = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ActionStatus":"OK","ErrorCode":0,"Padding":"');
      // An endless answer: only the proxy hanging up ends it.
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const proxy = await proxyTo(tencent.url, { maxAnswerBytes: 1024 * 1024 });
    const response = await post(proxy.url, 'v4/sns/friend_check', check);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: 'urn:friend-console:upstream-answer-too-large',
    });
    expect(tencent.hits).toBe(1);
    await vi.waitFor(() => expect(tencent.closed).toBe(1)); // the proxy hung up
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('also refuses an answer whose declared length is over the cap, before reading it', async () => {
    const tencent = await upstream((_req, res) => {
      res.writeHead(200, { 'content-length': String(4 * 1024 * 1024) });
      res.write('{');
    });
    const proxy = await proxyTo(tencent.url, { maxAnswerBytes: 1024 * 1024 });
    const response = await post(proxy.url, 'v4/sns/friend_check', check);
    expect(response.status).toBe(502);
  });

  it('does not retry a read that timed out', async () => {
    const tencent = await upstream(() => undefined);
    const proxy = await proxyTo(tencent.url, { timeoutMs: 300 });
    const response = await post(proxy.url, 'v4/sns/friend_check', check);
    expect(response.status).toBe(504);
    expect(tencent.hits).toBe(1);
  });
});
