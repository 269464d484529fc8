import { connect, type Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { startBackend, type TestBackend } from '@/testing/start-backend';

import { MAX_BODY_BYTES } from '../guards';
import { createLogger } from '../logger';

interface SocketOutcome {
  text: string;
  error?: string;
}

/** Writes `parts` on one keep-alive connection and collects everything until the server closes. */
function exchange(baseUrl: string, parts: (string | Buffer)[]): Promise<SocketOutcome> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname);
    let text = '';
    let error: string | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', (failure: NodeJS.ErrnoException) => (error = failure.code));
    socket.on('close', () => resolve({ text, error }));
    socket.on('connect', () => {
      void (async () => {
        for (const part of parts) {
          if (socket.destroyed) return;
          if (!socket.write(part)) await new Promise((drained) => socket.once('drain', drained));
        }
      })();
    });
  });
}

describe('early refusals close the connection', () => {
  let backend: TestBackend;
  let host = '';
  const logLines: string[] = [];
  beforeAll(async () => {
    backend = await startBackend({
      emulator: { seed: 'demo', rateLimit: false },
      proxy: {
        access: { tokens: [{ token: 'operator-token-0123456789', role: 'operator' }], users: [] },
        logger: createLogger({ destination: { write: (line: string) => logLines.push(line) } }),
      },
    });
    host = new URL(backend.proxyUrl).host;
  });
  afterAll(() => backend.stop());

  const head = (path: string, length: number, headers = '') =>
    `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
    `Authorization: Bearer operator-token-0123456789\r\n${headers}Content-Length: ${length}\r\n\r\n`;
  const health = `GET /api/health HTTP/1.1\r\nHost: ${host}\r\n\r\n`;

  it('answers 413 with Connection: close, then closes without a reset, 30 times in a row', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES * 2, 'x');
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const outcome = await exchange(backend.proxyUrl, [
        head('/api/v4/sns/friend_check', body.length),
        body,
        health,
      ]);
      expect(outcome.error, `attempt ${attempt}`).toBeUndefined();
      expect(outcome.text).toMatch(/^HTTP\/1\.1 413 /);
      expect(outcome.text).toMatch(/\r\nconnection: close\r\n/i);
      expect(outcome.text).toContain('"urn:friend-console:body-too-large"');
      // The pipelined request is not mistaken for the rest of the body and answered wrongly.
      expect(outcome.text.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    }
    const next = await fetch(`${backend.proxyUrl}/api/health`);
    expect(next.status).toBe(200);
  });

  it('gives every over-limit body its 413 through an ordinary client', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await backend.callProxy(
        'v4/sns/friend_check',
        'x'.repeat(MAX_BODY_BYTES + 1),
        {
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer operator-token-0123456789',
          },
        },
      );
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual(Array<number>(30).fill(413));
  });

  it('closes after the other refusals sent before the body is read: 401, 415, 421, 404', async () => {
    const body = Buffer.alloc(512 * 1024, ' ');
    const cases = [
      [head('/api/v4/sns/friend_check', body.length).replace(/Authorization: .*\r\n/, ''), 401],
      [
        head('/api/v4/sns/friend_check', body.length).replace('application/json', 'text/plain'),
        415,
      ],
      [
        head('/api/v4/sns/friend_check', body.length).replace(
          `Host: ${host}`,
          'Host: evil.example',
        ),
        421,
      ],
      [head('/api/v4/openim/sendmsg', body.length), 404],
    ] as const;
    for (const [request, status] of cases) {
      const outcome = await exchange(backend.proxyUrl, [request, body, health]);
      expect(outcome.error).toBeUndefined();
      expect(outcome.text).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(outcome.text).toMatch(/\r\nconnection: close\r\n/i);
    }
  });

  it('keeps the connection open after an answer whose body was read', async () => {
    const body = JSON.stringify({ From_Account: 'alice', To_Account: ['bob'], CheckType: 'Both' });
    const outcome = await exchange(backend.proxyUrl, [
      head('/api/v4/sns/friend_check', Buffer.byteLength(body)),
      body,
      `GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    ]);
    expect(outcome.text).toMatch(/^HTTP\/1\.1 400 /);
    expect(outcome.text).toMatch(/HTTP\/1\.1 200 OK[^]*\{"ok":true\}$/);
  });

  it('logs one line, without a stack, per request abandoned in the middle of its body', async () => {
    logLines.length = 0;
    const stderr = vi.spyOn(console, 'error');
    const abandoned = 50;
    await Promise.all(
      Array.from({ length: abandoned }, async () => {
        const { hostname, port } = new URL(backend.proxyUrl);
        const socket = connect(Number(port), hostname);
        socket.on('error', () => undefined);
        await new Promise((connected) => socket.once('connect', connected));
        socket.write(head('/api/v4/sns/friend_check', 10_000));
        socket.write('{"From_Account":"alice",');
        await new Promise((wait) => setTimeout(wait, 50));
        socket.destroy();
      }),
    );
    await expect
      .poll(() => logLines.filter((line) => /request aborted/.test(line)).length)
      .toBe(abandoned);
    const aborted = logLines.filter((line) => /request aborted/.test(line));
    for (const line of aborted) {
      expect(line.trim().split('\n')).toHaveLength(1);
      expect(line).not.toMatch(/\s+at \S+ \(/);
    }
    expect(logLines.length).toBe(abandoned);
    expect(stderr).not.toHaveBeenCalled();
  });
});
