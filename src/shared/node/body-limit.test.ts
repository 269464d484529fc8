import { request } from 'node:http';

import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { limitBodySize } from './body-limit';
import { listen, type Listening } from './listen';

/** Sends `parts` as the body, with a Content-Length or chunked; answers status and text. */
function send(url: string, parts: string[], declared: boolean) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const length = parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0);
    const outgoing = request(`${url}/echo`, {
      method: 'POST',
      headers: declared ? { 'content-length': String(length) } : {},
    });
    outgoing.on('error', reject);
    outgoing.on('response', (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
    });
    for (const part of parts) outgoing.write(part);
    outgoing.end();
  });
}

describe('limitBodySize', () => {
  let server: Listening;
  beforeAll(async () => {
    const app = new Hono();
    app.all(
      '/echo',
      limitBodySize(16, (c) => c.text('too large', 413)),
      async (c) => c.text(`read ${(await c.req.text()).length}`),
    );
    server = await listen(app.fetch);
  });
  afterAll(() => server.close());

  it('passes a declared body up to the limit and refuses one over it unread', async () => {
    expect(await send(server.url, ['0123456789abcdef'], true)).toEqual({
      status: 200,
      text: 'read 16',
    });
    expect(await send(server.url, ['0123456789abcdefg'], true)).toEqual({
      status: 413,
      text: 'too large',
    });
  });

  it('counts a chunked body as it streams', async () => {
    expect(await send(server.url, ['01234567', '89abcdef'], false)).toEqual({
      status: 200,
      text: 'read 16',
    });
    expect((await send(server.url, ['01234567', '89abcdef', 'g'], false)).status).toBe(413);
  });

  it('lets a GET through', async () => {
    const answer = await fetch(`${server.url}/echo`);
    expect(await answer.text()).toBe('read 0');
  });
});
