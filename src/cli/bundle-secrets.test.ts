import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

const SENTINEL = 'SENTINEL-SECRET-5f1c0d9e-do-not-ship';
const SECRET_VARIABLES = [
  'TIM_SECRET_KEY',
  'EMULATOR_SECRET_KEY',
  'VITE_TIM_SECRET_KEY_GUARD',
  'TIM_SDKAPPID',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built SPA', () => {
  const saved = new Map(SECRET_VARIABLES.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('contains no secret from the environment, whatever its name', async () => {
    for (const name of SECRET_VARIABLES) process.env[name] = SENTINEL;
    const outDir = mkdtempSync(join(tmpdir(), 'friend-console-dist-'));
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const files = filesUnder(outDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(SENTINEL);
  }, 120_000);
});
