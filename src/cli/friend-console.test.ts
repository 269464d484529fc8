import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startBackend, type TestBackend } from '@/testing/start-backend';

const BIN = new URL('../../bin/friend-console.js', import.meta.url).pathname;
const PLANS = new URL('../../plans/', import.meta.url).pathname;
const TOKEN = 'cli-test-token-0123456789abcdef';

let backend: TestBackend;
beforeAll(async () => {
  backend = await startBackend({
    emulator: { seed: 'empty' },
    proxy: { access: { tokens: [{ token: TOKEN, role: 'operator' }], users: [] } },
    runs: true,
  });
}, 60_000);
afterAll(() => backend?.stop());

/** Runs the bin with plain node, as CI would after `npm ci`. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, FRIEND_CONSOLE_URL: '', FRIEND_CONSOLE_TOKEN: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function relationTo(account: string): Promise<string> {
  const answer = await backend.callEmulator('v4/sns/friend_check', {
    From_Account: 'ada',
    To_Account: [account],
    CheckType: 'CheckResult_Type_Both',
  });
  const [item] = answer.InfoItem as { Relation: string }[];
  return item?.Relation ?? 'none';
}

describe('friend-console plan', () => {
  it('applies the mixed-relations plan to an empty emulator: exit 0, and the README’s table holds', async () => {
    const connection = ['--url', backend.proxyUrl, '--token', TOKEN];
    const before = await cli(['plan', 'diff', join(PLANS, 'mixed-relations.json'), ...connection]);
    expect(before.code, before.stderr).toBe(1);
    expect(before.stdout).toMatch(/^CHANGE +ACCOUNT +TO_ACCOUNT +DETAILS$/m);
    expect(before.stdout).toMatch(/^add +ada +ben +\(Add_Type_Both\)$/m);
    expect(before.stdout).toMatch(/^block +gus +ada$/m);

    const applied = await cli([
      'plan',
      'apply',
      join(PLANS, 'mixed-relations.json'),
      ...connection,
    ]);
    expect(applied.code, applied.stderr + applied.stdout).toBe(0);
    expect(applied.stdout).toContain('In sync.');

    expect(await relationTo('ben')).toBe('CheckResult_Type_BothWay');
    expect(await relationTo('cy')).toBe('CheckResult_Type_AWithB');
    expect(await relationTo('di')).toBe('CheckResult_Type_BWithA');
    expect(await relationTo('ed')).toBe('CheckResult_Type_NoRelation');
    const state = backend.emulator.state.accounts;
    expect(state.get('ada')?.blocked.has('flo')).toBe(true);
    expect(state.get('gus')?.blocked.has('ada')).toBe(true);
    expect(state.get('hal')?.adminForbidType).toBe('AdminForbid_Type_SendOut');
    expect(state.get('cy')?.allowType).toBe('AllowType_Type_NeedConfirm');

    const after = await cli([
      'plan',
      'diff',
      join(PLANS, 'mixed-relations.json'),
      ...connection,
      '--json',
    ]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ total: 0, calls: 0 });
  }, 60_000);

  it('exits 1 with what still differs when the run cannot bring the accounts in sync', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'plan.yaml');
    // ed rejects all requests and the plan does not force: the add fails with 30516.
    writeFileSync(file, 'accounts: [ada, ed]\nfriends:\n  - [ada, ed, {direction: a-to-b}]\n');
    const result = await cli(['plan', 'apply', file, '--url', backend.proxyUrl, '--token', TOKEN]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Not in sync; still different:');
    expect(result.stdout).toMatch(/^add +ada +ed +\(Add_Type_Single\)$/m);
  }, 60_000);

  it('exits 2 naming the path and limit of a bad plan, a bad token or a bad command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ accounts: ['a'], friends: [['a', 'x'.repeat(33)]] }));
    const bad = await cli(['plan', 'diff', file, '--url', backend.proxyUrl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('friends[0][1]: UserID is 33 bytes; the limit is 32 bytes');

    const refused = await cli([
      'plan',
      'diff',
      join(PLANS, 'demo.json'),
      '--url',
      backend.proxyUrl,
      '--token',
      'wrong-token-0123456789',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('HTTP 401');

    const usage = await cli(['plan', 'sync', file]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: friend-console plan diff|apply');
  }, 60_000);
});
