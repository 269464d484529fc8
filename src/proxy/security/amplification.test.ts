import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PROFILE_TAGS, PROFILE_TAGS_MAX } from '@/shared/contract/profile';
import { startBackend, type TestBackend } from '@/testing/start-backend';

import { MAX_BODY_BYTES } from '../guards';

const accounts = Array.from({ length: 100 }, (_, index) => `amp${index}`);
/** Issue #15's attack: one tag asked for again and again, for 100 accounts, in just under 1 MiB. */
const repeatedTags = Array<string>(
  Math.floor((MAX_BODY_BYTES - 2000) / (PROFILE_TAGS.nick.length + 3)),
).fill(PROFILE_TAGS.nick);
const attack = JSON.stringify({ To_Account: accounts, TagList: repeatedTags });
/** The most a portrait_get may ask for within the caps. */
const heaviestAllowed = JSON.stringify({
  To_Account: accounts,
  TagList: Array<string>(PROFILE_TAGS_MAX).fill(PROFILE_TAGS.nick),
});

describe('amplification by one caller', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await startBackend({ emulator: { seed: 'empty', rateLimit: false } });
    await backend.callEmulator('v4/im_open_login_svc/multiaccount_import', { Accounts: accounts });
    for (const account of accounts) {
      await backend.callEmulator('v4/profile/portrait_set', {
        From_Account: account,
        ProfileItem: [{ Tag: PROFILE_TAGS.nick, Value: 'n'.repeat(500) }],
      });
    }
  });
  afterAll(() => backend.stop());

  it('refuses the 1 MiB portrait_get of repeated tags with 400 naming TagList and its cap', async () => {
    expect(attack.length).toBeLessThan(MAX_BODY_BYTES);
    const before = backend.emulator.calls.recent(1000).length;
    const response = await backend.callProxy('v4/profile/portrait_get', attack);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors).toContainEqual({
      field: 'TagList',
      message: expect.stringMatching(new RegExp(`limit is ${PROFILE_TAGS_MAX} per call`)),
    });
    expect(backend.emulator.calls.recent(1000).length).toBe(before);
  });

  it('is refused by the emulator too, for callers that reach it directly', async () => {
    const answer = await backend.callEmulator('v4/profile/portrait_get', attack);
    expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 40001 });
    expect(String(answer.ErrorInfo)).toMatch(/TagList/);
  });

  it('cannot stall /api/health for more than 1 s, even asking for the most the caps allow', async () => {
    const allowed = await backend.callProxy('v4/profile/portrait_get', heaviestAllowed);
    expect(allowed.status).toBe(200);
    const answer = (await allowed.json()) as { UserProfileItem: unknown[] };
    expect(answer.UserProfileItem).toHaveLength(accounts.length);

    let attacking = true;
    const attacker = async (body: string) => {
      let calls = 0;
      while (attacking) {
        const response = await backend.callProxy('v4/profile/portrait_get', body);
        await response.arrayBuffer();
        calls += 1;
      }
      return calls;
    };
    const attackers = [attack, attack, heaviestAllowed, heaviestAllowed].map(attacker);
    const healthWaits: number[] = [];
    const until = performance.now() + 3000;
    while (performance.now() < until) {
      const started = performance.now();
      const health = await fetch(`${backend.proxyUrl}/api/health`);
      await health.arrayBuffer();
      healthWaits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    attacking = false;
    const calls = await Promise.all(attackers);
    // The attack ran, or this proves nothing.
    expect(calls.every((count) => count > 0)).toBe(true);
    expect(Math.max(...healthWaits)).toBeLessThan(1000);
  }, 30_000);
});
