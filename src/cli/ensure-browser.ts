import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { findSystemChromium } from '@/testing/find-chromium';

function playwrightBrowserInstalled(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** Makes sure the end-to-end tests have a browser, installing one when none is found. */
function ensureBrowser(): void {
  if (findSystemChromium() || playwrightBrowserInstalled()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium']) &&
      findSystemChromium()
    )
      return;
  }
  console.log('Installing Playwright’s Chromium…');
  if (run('npx', ['playwright', 'install', 'chromium']) && playwrightBrowserInstalled()) return;
  console.error(
    'No browser for the end-to-end tests: install Chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome executable.',
  );
  process.exit(1);
}

ensureBrowser();
