import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Chrome's own packages put a Chromium-family browser. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/**
 * The browser Playwright should drive: CHROMIUM_PATH if set, else a system Chromium or Chrome.
 * Undefined means "use Playwright's own download", the fallback on machines that have one.
 */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

/** Flags for running as root in a container with no network but the loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
