import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { listen } from '@/shared/node/listen';
import { TEST_CREDENTIALS, TEST_TENCENT_TARGET } from '@/testing/start-backend';

import { openAuditLog } from './audit-log';
import { createProxy } from './create-proxy';
import { createPacer, type Pacer } from './pacer';
import { CallNotSent, createUpstream, type UpstreamCall } from './upstream';
import { createUserSigSource } from './user-sig-source';

/** A stand-in for Tencent's cloud: counts the calls it gets and answers with `handler`. */
interface FakeTencent {
  url: string;
  hits: string[];
  server: Server;
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function fakeTencent(
  handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void,
): Promise<FakeTencent> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      hits.push(body);
      handler(req, res, hits.length);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

const ok = (res: ServerResponse) => res.end('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
const rateLimited = (res: ServerResponse) =>
  res.end(
    '{"ActionStatus":"FAIL","ErrorCode":60007,"ErrorInfo":"REST API call frequency exceeded"}',
  );

const credentials = TEST_CREDENTIALS;
const target = TEST_TENCENT_TARGET;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function upstreamTo(url: string, pacer: Pacer = createPacer(), callDeadlineMs?: number) {
  return createUpstream({
    baseUrl: url,
    host: 'upstream',
    credentials,
    userSigs: createUserSigSource(credentials),
    pacer,
    callDeadlineMs,
    random: () => 0.5,
  });
}

const call = (overrides: Partial<UpstreamCall> = {}): UpstreamCall => ({
  service: 'v4/sns/friend_add',
  body: '{"From_Account":"a","AddFriendItem":[{"To_Account":"b"}]}',
  retry: false,
  requestId: 'test',
  ...overrides,
});

/** A pacer whose single place per second is already taken, so the next call waits ~1 s. */
async function busyPacer(): Promise<Pacer> {
  const pacer = createPacer({ rateFor: () => 1 });
  await pacer.acquire('v4/sns/friend_add');
  return pacer;
}

describe('upstream client', () => {
  it('holds a 60007 and resends it, a write included, counting what it absorbed', async () => {
    const tencent = await fakeTencent((_req, res, hit) => (hit <= 2 ? rateLimited(res) : ok(res)));
    const outcome = await upstreamTo(tencent.url)(call());
    expect(outcome).toMatchObject({ ok: true, attempts: 3, absorbedRateLimits: 2 });
    expect(tencent.hits).toHaveLength(3);
  });

  it('gives up on 60007 at the deadline with a 504 problem, never the 60007 itself', async () => {
    const tencent = await fakeTencent((_req, res) => rateLimited(res));
    const started = Date.now();
    const outcome = await upstreamTo(tencent.url, createPacer(), 1500)(call());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({
      status: 504,
      type: 'urn:friend-console:deadline-exceeded',
    });
    expect(outcome.absorbedRateLimits).toBeGreaterThan(0);
    await sleep(300); // a resend already on the wire may still land
    const hits = tencent.hits.length;
    await sleep(1000);
    expect(tencent.hits).toHaveLength(hits);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  });

  it('rejects with CallNotSent when the caller gives up while the call waits, and never sends it', async () => {
    const tencent = await fakeTencent((_req, res) => ok(res));
    const abort = new AbortController();
    let departed = false;
    const pending = upstreamTo(
      tencent.url,
      await busyPacer(),
    )(
      call({
        signal: abort.signal,
        onDeparture: () => {
          departed = true;
        },
      }),
    );
    setTimeout(() => abort.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(CallNotSent);
    await sleep(1200);
    expect(departed).toBe(false);
    expect(tencent.hits).toHaveLength(0);
  });

  it('rejects with CallNotSent when the deadline passes before the call can leave', async () => {
    const tencent = await fakeTencent((_req, res) => ok(res));
    const pending = upstreamTo(
      tencent.url,
      await busyPacer(),
    )(call({ deadline: Date.now() + 100 }));
    await expect(pending).rejects.toMatchObject({ name: 'CallNotSent', reason: 'deadline' });
    await sleep(1200);
    expect(tencent.hits).toHaveLength(0);
  });

  it('calls onDeparture once, before the upstream sees the call', async () => {
    const events: string[] = [];
    const tencent = await fakeTencent((_req, res, hit) => {
      events.push('upstream');
      if (hit === 1) rateLimited(res);
      else ok(res);
    });
    await upstreamTo(tencent.url)(
      call({
        onDeparture: () => {
          events.push('departure');
        },
      }),
    );
    expect(events).toEqual(['departure', 'upstream', 'upstream']);
  });

  it('resends a call, a write included, when a kept-alive connection turns out to be closed', async () => {
    const served = new WeakMap<object, number>();
    const tencent = await fakeTencent((req, res) => {
      const count = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, count);
      // The second call on a kept-alive connection finds it closed, as after a server's idle timeout.
      if (count > 1) req.socket.destroy();
      else ok(res);
    });
    const send = upstreamTo(tencent.url);
    expect((await send(call())).ok).toBe(true);
    const second = await send(call());
    expect(second).toMatchObject({ ok: true, attempts: 2 });
    expect(tencent.hits).toHaveLength(3);
  });

  it('treats a redirect as an error: 502, never followed, never replayed', async () => {
    const elsewhere = await fakeTencent((_req, res) => ok(res));
    const tencent = await fakeTencent((_req, res) =>
      res.writeHead(307, { location: `${elsewhere.url}/v4/sns/friend_add` }).end(),
    );
    for (const retry of [false, true]) {
      const outcome = await upstreamTo(tencent.url)(call({ retry }));
      expect(outcome).toMatchObject({
        ok: false,
        attempts: 1,
        problem: { status: 502, type: 'urn:friend-console:upstream-redirect' },
      });
    }
    expect(tencent.hits).toHaveLength(2);
    expect(elsewhere.hits).toHaveLength(0);
  });
});

describe('cancellation through the proxy', () => {
  const add = { From_Account: 'a', AddFriendItem: [{ To_Account: 'b' }] };

  /** Posts a friend_add and hangs up after `ms`, as a closed browser tab does. */
  async function addThenLeave(proxyUrl: string, ms: number) {
    const abort = new AbortController();
    const pending = fetch(`${proxyUrl}/api/v4/sns/friend_add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(add),
      signal: abort.signal,
    }).catch(() => undefined);
    await sleep(ms);
    abort.abort();
    await pending;
  }

  it('never sends a single call whose caller left while it waited in the pacer', async () => {
    const tencent = await fakeTencent((_req, res) => ok(res));
    const proxy = await listen(
      createProxy({
        target,
        upstream: { baseUrl: tencent.url, credentials },
        pacer: await busyPacer(),
      }).fetch,
    );
    await addThenLeave(proxy.url, 200);
    await sleep(1500);
    await proxy.close();
    expect(tencent.hits).toHaveLength(0);
  });

  it('audits a write that left before its caller did, with what became of it', async () => {
    const tencent = await fakeTencent((_req, res) => setTimeout(() => ok(res), 400));
    const path = join(mkdtempSync(join(tmpdir(), 'fc-cancel-')), 'audit.log');
    const auditLog = openAuditLog(path);
    const proxy = await listen(
      createProxy({ target, upstream: { baseUrl: tencent.url, credentials }, auditLog }).fetch,
    );
    await addThenLeave(proxy.url, 150);
    await sleep(600);
    await proxy.close();
    await auditLog.close();
    expect(tencent.hits).toHaveLength(1);
    const entries = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ api: 'v4/sns/friend_add', status: 499, attempts: 1 });
  });

  it('never sends the bodies of a batch still waiting when its caller leaves', async () => {
    const tencent = await fakeTencent((_req, res) => ok(res));
    const proxy = await listen(
      createProxy({
        target,
        upstream: { baseUrl: tencent.url, credentials },
        pacer: createPacer({ rateFor: () => 5 }),
      }).fetch,
    );
    const abort = new AbortController();
    const response = await fetch(`${proxy.url}/api/batch/v4/sns/friend_add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ requests: Array.from({ length: 20 }, () => add) }),
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    await sleep(300);
    abort.abort();
    const sentBeforeLeaving = tencent.hits.length;
    await sleep(2500);
    await proxy.close();
    expect(sentBeforeLeaving).toBe(5);
    expect(tencent.hits).toHaveLength(5);
  });
});
