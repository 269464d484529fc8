import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { listen } from '@/shared/node/listen';
import { tencentUrl } from '@/shared/node/tencent-url';
import { genUserSig } from '@/shared/node/user-sig';

import { createEmulator } from './create-emulator';
import { importState, type SavedState } from './persistence';

const KEY = 'persistence-test-key';
const APP = 1400000000;

function signed(base: string, service: string): string {
  const userSig = genUserSig({
    sdkAppId: APP,
    secretKey: KEY,
    identifier: 'administrator',
    expireSeconds: 600,
    issuedAt: Math.floor(Date.now() / 1000),
  });
  return tencentUrl(base, service, {
    sdkAppId: APP,
    identifier: 'administrator',
    userSig,
  }).toString();
}

async function post(
  base: string,
  service: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(signed(base, service), {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('EMULATOR_DATA_DIR', () => {
  it('keeps the state across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emulator-data-'));
    const first = createEmulator({ secretKey: KEY, dataDir, rateLimit: false });
    const server = await listen(first.app.fetch);
    await post(server.url, 'v4/im_open_login_svc/multiaccount_import', { Accounts: ['a', 'b'] });
    await post(server.url, 'v4/sns/friend_add', {
      From_Account: 'a',
      AddFriendItem: [{ To_Account: 'b' }],
      ForceAddFlags: 1,
    });
    await server.close();
    await first.flush();

    const second = createEmulator({ secretKey: KEY, dataDir, rateLimit: false, seed: 'demo' });
    expect([...second.state.accounts.keys()]).toEqual(['a', 'b']);
    expect(second.state.accounts.get('b')?.friends.has('a')).toBe(true);
  });

  it('loses no acknowledged write to a kill -9, and never leaves a torn or half-applied file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emulator-kill-'));
    const stale = 'emulator-state.json.4242.7.tmp';
    writeFileSync(join(dataDir, stale), '{"torn":');
    const first = await startChild(dataDir);
    expect(readdirSync(dataDir)).not.toContain(stale);

    const accounts = Array.from({ length: 2000 }, (_, i) => `u${i}`);
    for (let start = 0; start < accounts.length; start += 100) {
      await post(first.url, 'v4/im_open_login_svc/multiaccount_import', {
        Accounts: accounts.slice(start, start + 100),
      });
    }
    // Eight writers at once, so saves are shared; each call befriends a new pair both ways (a
    // half-applied call would leave a one-way pair). The kill comes in the same tick as the
    // 300th acknowledgement.
    const acknowledged: [string, string][] = [];
    const writers = Array.from({ length: 8 }, async (_, writer) => {
      for (let i = writer * 2; i < accounts.length; i += 16) {
        const pair: [string, string] = [accounts[i]!, accounts[i + 1]!];
        const answer = await post(first.url, 'v4/sns/friend_add', {
          From_Account: pair[0],
          AddFriendItem: [{ To_Account: pair[1] }],
          ForceAddFlags: 1,
        }).catch(() => undefined);
        if (first.child.signalCode) return;
        if (answer?.ActionStatus === 'OK') acknowledged.push(pair);
        if (acknowledged.length === 300) first.child.kill('SIGKILL');
      }
    });
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(
      first.child.signalCode ??
        (await new Promise((resolve) =>
          first.child.once('exit', (_code, signal) => resolve(signal)),
        )),
    ).toBe('SIGKILL');

    const second = await startChild(dataDir);
    const saved = (await (await fetch(`${second.url}/__emulator/state`)).json()) as SavedState;
    const state = importState(saved);
    expect(state.accounts.size).toBe(2000);
    const lost = acknowledged.filter(
      ([from, to]) =>
        !state.accounts.get(from)?.friends.has(to) || !state.accounts.get(to)?.friends.has(from),
    );
    expect(lost).toEqual([]);
    for (const account of state.accounts.values()) {
      for (const friend of account.friends.keys()) {
        expect(
          state.accounts.get(friend)?.friends.has(account.userId),
          `${account.userId} ↔ ${friend}`,
        ).toBe(true);
      }
    }
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 90_000);
});

/** The emulator as `npm run emulator` runs it, in a child process that SIGKILL really kills. */
async function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  // tsx as a loader, not its CLI: the CLI runs the script in a child that SIGKILL would miss.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/emulator.ts'], {
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: 'tsconfig.node.json',
      EMULATOR_PORT: '0',
      EMULATOR_DATA_DIR: dataDir,
      EMULATOR_SECRET_KEY: KEY,
      EMULATOR_SEED: 'empty',
      EMULATOR_RATE_LIMIT: 'off',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening at (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`emulator exited early: ${output}`)));
  });
  return { child, url };
}
