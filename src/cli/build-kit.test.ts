import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildKit } from './build-kit.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const PEER = '@playwright/test';
const SLOW = 120_000;

let workDir: string;
let kitDir: string;

// npm run sets npm_config_* (prefix, cache…) that would point the nested npm at this repo.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}

/** Every module specifier a built file names: static imports and exports, and `import('…')`. */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = code.matchAll(
    /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm,
  );
  return [...found].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'friend-console-kit-'));
  kitDir = buildKit(join(workDir, 'kit'));
}, SLOW);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the kit as a package of its own', () => {
  it('declares no dependency but @playwright/test as a peer, and exports what it ships', () => {
    const manifest = JSON.parse(readFileSync(join(kitDir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    > & { exports: { './testing': { types: string; default: string } } };
    expect(manifest.name).toBe('friend-console');
    for (const field of ['dependencies', 'optionalDependencies', 'bundleDependencies', 'scripts'])
      expect(manifest[field], field).toBeUndefined();
    expect(Object.keys(manifest.peerDependencies as object)).toEqual([PEER]);
    expect(existsSync(join(kitDir, manifest.exports['./testing'].types))).toBe(true);
    expect(existsSync(join(kitDir, manifest.exports['./testing'].default))).toBe(true);
    expect(filesOf(kitDir).some((file) => file.endsWith('.test.js'))).toBe(false);
  });

  it('imports only its own files, Node built-ins and @playwright/test', () => {
    const modules = filesOf(kitDir).filter((file) => /\.(js|d\.ts)$/.test(file));
    expect(modules.length).toBeGreaterThan(10);
    const outside: string[] = [];
    for (const file of modules) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        // Declarations keep `./x.ts`, which TypeScript reads as `./x.d.ts`.
        const target = resolve(dirname(file), specifier.replace(/\.ts$/, '.d.ts'));
        const ownFile =
          specifier.startsWith('.') && target.startsWith(kitDir) && existsSync(target);
        if (!ownFile && !specifier.startsWith('node:') && specifier !== PEER)
          outside.push(`${relative(kitDir, file)} → ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it(
    'installs from its folder offline, then loads and type-checks with only the peer beside it',
    async () => {
      const consumer = join(workDir, 'consumer');
      mkdirSync(consumer);
      writeFileSync(
        join(consumer, 'package.json'),
        JSON.stringify({ name: 'qa-suite', private: true, type: 'module' }),
      );
      // --legacy-peer-deps: the suite brings its own @playwright/test, linked below (offline).
      await run(
        'npm',
        ['install', '-D', '--install-links', '--offline', '--no-audit', '--no-fund'].concat([
          '--legacy-peer-deps',
          kitDir,
        ]),
        { cwd: consumer, env: cleanEnv },
      );
      const installed = readdirSync(join(consumer, 'node_modules')).filter(
        (name) => !name.startsWith('.'),
      );
      expect(installed).toEqual(['friend-console']);
      mkdirSync(join(consumer, 'node_modules/@playwright'));
      symlinkSync(join(ROOT, 'node_modules', PEER), join(consumer, 'node_modules', PEER));

      const { stdout } = await run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "const kit = await import('friend-console/testing'); console.log(JSON.stringify({ names: Object.keys(kit), ids: kit.uniqueAccounts('qa', 2) }));",
        ],
        { cwd: consumer, env: cleanEnv },
      );
      const loaded = JSON.parse(stdout) as { names: string[]; ids: string[] };
      expect(loaded.names).toEqual(
        expect.arrayContaining([
          'test',
          'expect',
          'createConsoleClient',
          'uniqueAccounts',
          'FriendAddPage',
          'RelationMatrixPage',
        ]),
      );
      expect(loaded.ids).toHaveLength(2);

      writeFileSync(
        join(consumer, 'kit.spec.ts'),
        [
          "import { expect, test, uniqueAccounts } from 'friend-console/testing';",
          "test.use({ emulatorSeed: 'empty' });",
          'test("types", async ({ friendConsole, relationMatrixPage }) => {',
          "  const [ada, ben] = uniqueAccounts('qa', 2) as [string, string];",
          "  await friendConsole.expectRelation(ada, ben, 'none');",
          "  // @ts-expect-error: fails only if the kit's types were found (any would accept it)",
          "  await friendConsole.expectRelation(ada, ben, 'sideways');",
          '  await expect(relationMatrixPage.cell(ada, ben)).toHaveAttribute("data-relation", "CheckResult_Type_NoRelation");',
          '});',
        ].join('\n'),
      );
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      const check = run(
        process.execPath,
        // skipLibCheck: Playwright's own declarations need @types/node, which a suite has anyway.
        [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', 'kit.spec.ts'],
        { cwd: consumer, env: cleanEnv },
      );
      await expect(check).resolves.toMatchObject({ stdout: '' });
    },
    SLOW,
  );
});
