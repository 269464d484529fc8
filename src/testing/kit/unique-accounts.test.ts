import { afterEach, describe, expect, it, vi } from 'vitest';

import { isAccountId } from '@/shared/contract/common';

import { uniqueAccounts } from './unique-accounts.ts';

/** The module as a new Playwright worker process would load it: a fresh random tag. */
async function inAnotherProcess() {
  vi.resetModules();
  return (await import('./unique-accounts.ts')).uniqueAccounts;
}

afterEach(() => vi.unstubAllEnvs());

describe('uniqueAccounts', () => {
  it('gives the number of accounts asked for, each a valid UserID under the prefix', () => {
    const accounts = uniqueAccounts('qa', 20);
    expect(accounts).toHaveLength(20);
    expect(new Set(accounts).size).toBe(20);
    for (const account of accounts) {
      expect(isAccountId(account), account).toBe(true);
      expect(account.startsWith('qa-')).toBe(true);
    }
    expect(uniqueAccounts('qa')).toHaveLength(1);
  });

  it('never repeats an id across calls in one process', () => {
    const first = uniqueAccounts('qa', 5);
    const second = uniqueAccounts('qa', 5);
    expect(second.filter((account) => first.includes(account))).toEqual([]);
  });

  it('keeps parallel workers and later runs apart, even with the same worker index', async () => {
    vi.stubEnv('TEST_WORKER_INDEX', '0');
    const workerZero = (await inAnotherProcess())('qa', 50);
    vi.stubEnv('TEST_WORKER_INDEX', '1');
    const workerOne = (await inAnotherProcess())('qa', 50);
    vi.stubEnv('TEST_WORKER_INDEX', '0');
    const nextRunWorkerZero = (await inAnotherProcess())('qa', 50);

    expect(workerZero[0]).toMatch(/^qa-[0-9a-z]{6}w0-1-1$/);
    expect(workerOne[0]).toMatch(/^qa-[0-9a-z]{6}w1-1-1$/);
    const all = [...workerZero, ...workerOne, ...nextRunWorkerZero];
    expect(new Set(all).size).toBe(all.length);
  });

  it('refuses a prefix that would make the ids longer than 32 bytes, saying how long it may be', async () => {
    vi.stubEnv('TEST_WORKER_INDEX', '3');
    // After the prefix: "-", the 6-character tag, "w3", "-1" (the call) and "-20" = 14 bytes.
    const fresh = await inAnotherProcess();
    expect(fresh('p'.repeat(18), 20).at(-1)).toHaveLength(32);
    expect(() => fresh('p'.repeat(19), 20)).toThrow(
      /are 33 bytes; a UserID is at most 32 bytes, so the prefix may be at most 18 bytes for 20 accounts/,
    );
  });

  it.each(['', 'q a', '张三', 'tab\t'])('refuses the prefix %j, naming it', (prefix) => {
    expect(() => uniqueAccounts(prefix, 2)).toThrow(
      `uniqueAccounts: prefix ${JSON.stringify(prefix)} must be 1 or more printable ASCII characters without spaces`,
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the count %s', (count) => {
    expect(() => uniqueAccounts('qa', count)).toThrow(
      /^uniqueAccounts: count must be a whole number of at least 1/,
    );
  });
});
