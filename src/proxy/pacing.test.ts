import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listen, type Listening } from '@/shared/node/listen';
import {
  startBackend,
  TEST_ADMIN,
  TEST_SDKAPPID,
  TEST_SECRET_KEY,
  type TestBackend,
} from '@/testing/start-backend';
import { type RunningRedis, startRedis } from '@/testing/start-redis';

import { createProxy } from './create-proxy';
import { createPacer, type Pacer, slotsFor } from './pacer';

const check = { From_Account: 'alice', To_Account: ['bob'], CheckType: 'CheckResult_Type_Both' };

let backend: TestBackend;
let redis: RunningRedis;
const clients: Redis[] = [];

beforeAll(async () => {
  backend = await startBackend({ emulator: { seed: 'demo', rateLimit: true } });
  redis = await startRedis();
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await backend.stop();
  await redis.stop();
});

async function proxyWith(pacer: Pacer): Promise<Listening> {
  const app = createProxy({
    target: {
      mode: 'emulator',
      sdkAppId: TEST_SDKAPPID,
      admin: TEST_ADMIN,
      region: 'emulator',
      host: 'emulator',
    },
    upstream: {
      baseUrl: backend.emulatorUrl,
      credentials: { sdkAppId: TEST_SDKAPPID, secretKey: TEST_SECRET_KEY, admin: TEST_ADMIN },
    },
    pacer,
  });
  return listen(app.fetch);
}

/** Fires `count` friend_check calls at once and returns the ErrorCode of each answer. */
async function burst(proxyUrl: string, count: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(`${proxyUrl}/api/v4/sns/friend_check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(check),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { ErrorCode: number }).ErrorCode;
    }),
  );
}

const rateLimited = (codes: number[]) => codes.filter((code) => code === 60007).length;

describe('pacing', () => {
  it('plans slots so a sliding second holds at most the limit', () => {
    for (const limit of [100, 200]) {
      const { slotMs, callsPerSlot } = slotsFor(limit);
      const slotsTouched = Math.floor(1000 / slotMs) + 2;
      expect(slotsTouched * callsPerSlot).toBeLessThanOrEqual(limit);
      expect((1000 / slotMs) * callsPerSlot).toBeGreaterThanOrEqual(limit * 0.9);
    }
  });

  it('meets zero 60007 in a burst of 600 calls through one proxy', async () => {
    const codes = await burst(backend.proxyUrl, 600);
    expect(codes).toHaveLength(600);
    expect(rateLimited(codes)).toBe(0);
    expect(codes.every((code) => code === 0)).toBe(true);
  });

  it('shares the budget across two instances through Redis', async () => {
    const pacers = [0, 1].map(() => {
      const client = new Redis(redis.url);
      clients.push(client);
      return createPacer({ redis: client, keyPrefix: 'shared-test' });
    });
    const proxies = await Promise.all(pacers.map(proxyWith));
    const codes = (await Promise.all(proxies.map((proxy) => burst(proxy.url, 300)))).flat();
    await Promise.all(proxies.map((proxy) => proxy.close()));
    expect(codes).toHaveLength(600);
    expect(rateLimited(codes)).toBe(0);
  });

  it('would trip the limit with two instances pacing alone (the control for the test above)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const proxies = await Promise.all([createPacer({}), createPacer({})].map(proxyWith));
    const codes = (await Promise.all(proxies.map((proxy) => burst(proxy.url, 300)))).flat();
    await Promise.all(proxies.map((proxy) => proxy.close()));
    expect(rateLimited(codes)).toBeGreaterThan(0);
  });

  it('answers 502 and sends nothing when the shared Redis cannot be reached', async () => {
    const gone = await startRedis();
    const client = new Redis(gone.url, { maxRetriesPerRequest: 0, enableOfflineQueue: false });
    client.on('error', () => undefined);
    clients.push(client);
    await gone.stop();
    const proxy = await proxyWith(createPacer({ redis: client, keyPrefix: 'gone' }));
    const before = backend.emulator.calls.recent(1000).length;
    const response = await fetch(`${proxy.url}/api/v4/sns/friend_check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(check),
    });
    await proxy.close();
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      title: 'The shared rate budget cannot be reached',
    });
    expect(backend.emulator.calls.recent(1000).length).toBe(before);
  });
});
