import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startBackend, type TestBackend } from '@/testing/start-backend';

let backend: TestBackend;

beforeAll(async () => {
  backend = await startBackend({ emulator: { seed: 'demo', rateLimit: true } });
});
afterAll(() => backend.stop());

interface Line {
  index: number;
  status: number;
  body?: Record<string, unknown>;
  problem?: { title: string };
}

async function postBatch(service: string, requests: unknown[]): Promise<Response> {
  return fetch(`${backend.proxyUrl}/api/batch/${service}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ requests }),
  });
}

/** Reads the NDJSON stream line by line, as the browser does. */
async function readLines(response: Response): Promise<{ lines: string[]; chunks: number }> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no body');
  let buffered = '';
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks += 1;
    buffered += value;
  }
  return { lines: buffered.split('\n').filter(Boolean), chunks };
}

const checkOf = (from: string) => ({
  From_Account: from,
  To_Account: ['alice', 'bob', 'carol'],
  CheckType: 'CheckResult_Type_Both',
});

describe('bulk transport: POST /api/batch/v4/...', () => {
  it('streams each raw answer as an NDJSON line tagged with its index', async () => {
    const froms = ['alice', 'bob', 'carol', 'dave', 'erin'];
    const response = await postBatch('v4/sns/friend_check', froms.map(checkOf));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const { lines } = await readLines(response);
    expect(lines).toHaveLength(5);
    for (const raw of lines) {
      const line = JSON.parse(raw) as Line;
      const direct = await backend.callEmulator(
        'v4/sns/friend_check',
        checkOf(froms[line.index] ?? ''),
      );
      expect(line.status).toBe(200);
      expect(raw).toBe(`{"index":${line.index},"status":200,"body":${JSON.stringify(direct)}}`);
    }
  });

  it('paces a large batch so no call meets 60007', async () => {
    const requests = Array.from({ length: 400 }, (_, i) => checkOf(i % 2 ? 'alice' : 'bob'));
    const { lines, chunks } = await readLines(await postBatch('v4/sns/friend_check', requests));
    const parsed = lines.map((line) => JSON.parse(line) as Line);
    expect(parsed.map((line) => line.index).sort((a, b) => a - b)).toEqual(
      requests.map((_, i) => i),
    );
    expect(parsed.filter((line) => line.body?.ErrorCode === 60007)).toHaveLength(0);
    expect(chunks).toBeGreaterThan(1);
  });

  it('validates every body first and names the one at fault', async () => {
    const before = backend.emulator.calls.recent(1000).length;
    const response = await postBatch('v4/sns/friend_check', [
      checkOf('alice'),
      { From_Account: 'bob', To_Account: [] },
    ]);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field)).toContain('requests[1].To_Account');
    expect((await postBatch('v4/sns/friend_check', [])).status).toBe(400);
    expect((await postBatch('v4/openim/sendmsg', [{}])).status).toBe(404);
    expect(backend.emulator.calls.recent(1000).length).toBe(before);
  });

  it('reports an upstream failure on its own line and keeps the others', async () => {
    await fetch(`${backend.emulatorUrl}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api: 'v4/sns/friend_check', from: 'carol', httpStatus: 500 }),
    });
    const { lines } = await readLines(
      await postBatch('v4/sns/friend_check', ['alice', 'carol', 'bob'].map(checkOf)),
    );
    await fetch(`${backend.emulatorUrl}/__emulator/faults`, { method: 'DELETE' });
    const byIndex = new Map(
      lines.map((raw) => [(JSON.parse(raw) as Line).index, JSON.parse(raw) as Line]),
    );
    expect(byIndex.get(1)).toMatchObject({
      status: 502,
      problem: { title: 'Tencent Chat answered with an error' },
    });
    expect(byIndex.get(0)?.status).toBe(200);
    expect(byIndex.get(2)?.status).toBe(200);
  });
});
