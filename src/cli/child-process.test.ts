import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EmulatorEnv } from '@/emulator/server';

import { type ChildServer, inheritedFlags, startChildServer } from './child-process';

let emulator: ChildServer;

beforeAll(async () => {
  emulator = await startChildServer(
    fileURLToPath(new URL('./emulator-process.ts', import.meta.url)),
    EmulatorEnv.parse({ EMULATOR_PORT: '0', EMULATOR_SEED: 'mixed-relations' }),
    // Vitest's workers do not run under tsx; the child must.
    {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
    },
  );
}, 60_000);
afterAll(() => emulator.stop());

describe('the emulator in its own process', () => {
  it('serves its API from another process', async () => {
    expect(emulator.pid).not.toBe(process.pid);
    const state = (await (await fetch(`${emulator.url}/__emulator/state`)).json()) as {
      accounts: { userId: string }[];
    };
    expect(state.accounts.map((account) => account.userId)).toContain('ada');
  });

  it('answers calls over the IPC channel and refuses unknown ones', async () => {
    const usage = await emulator.call<{ user: number; system: number }>('cpuUsage');
    expect(usage.user).toBeGreaterThan(0);
    await expect(emulator.call('noSuchThing')).rejects.toThrow('no handler noSuchThing');
  });

  it('closes its port and exits when stopped', async () => {
    await emulator.stop();
    expect(await emulator.exited).toBe(0);
    await expect(fetch(`${emulator.url}/__emulator/state`)).rejects.toThrow();
  });
});

describe('inheritedFlags', () => {
  it('keeps loader flags and drops those of an inline script', () => {
    expect(
      inheritedFlags([
        '--require',
        '/x/preflight.cjs',
        '--import',
        'tsx',
        '--input-type=module',
        '--expose-gc',
        '-e',
        'console.log(1)',
      ]),
    ).toEqual(['--require', '/x/preflight.cjs', '--import', 'tsx', '--expose-gc']);
  });
});
