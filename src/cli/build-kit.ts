/**
 * `npm run build:kit`: compiles the Playwright kit (src/testing/kit) into a package of its own,
 * `dist-kit/` with its own package.json, so a QA repository installs it without the console's
 * runtime dependencies (`npm install --install-links <path>/dist-kit`). The kit's only
 * dependency is `@playwright/test`, as a peer: the suite's own copy must run the fixtures.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PEER = '@playwright/test';

interface RootManifest {
  name: string;
  version: string;
  engines?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The kit's package.json: the app's name and version, so imports stay `friend-console/testing`. */
export function kitManifest(root: RootManifest) {
  const peerRange = root.peerDependencies?.[PEER];
  if (!peerRange) throw new Error(`package.json: peerDependencies must name ${PEER}`);
  return {
    name: root.name,
    version: root.version,
    description:
      "Friend Console's Playwright kit: fixtures, page objects and a typed Node client over the console's HTTP API.",
    type: 'module',
    exports: {
      './testing': { types: './index.d.ts', default: './index.js' },
      './package.json': './package.json',
    },
    engines: root.engines,
    peerDependencies: { [PEER]: peerRange },
  };
}

/** Compiles the kit into `outDir` (emptied first, so no stale module survives a rename). */
export function buildKit(outDir = join(ROOT, 'dist-kit')): string {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.kit.json'), '--outDir', outDir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as RootManifest;
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(kitManifest(root), null, 2)}\n`);
  copyFileSync(join(ROOT, 'src/testing/kit/README.md'), join(outDir, 'README.md'));
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildKit();
