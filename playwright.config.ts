import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, findSystemChromium } from './src/testing/find-chromium.ts';
import type { KitOptions } from './src/testing/kit/fixtures.ts';

const port = Number(process.env.E2E_PORT ?? 18080);
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? port + 1);
const executablePath = findSystemChromium();
// Each run starts with an empty database, so History shows only this run's work.
const dataDir = mkdtempSync(join(tmpdir(), 'friend-console-e2e-'));

export default defineConfig<KitOptions>({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'on-first-retry',
    viewport: { width: 1366, height: 768 },
    emulatorSeed: 'demo',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: 'npm start',
    url: `http://127.0.0.1:${port}/api/target`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_SEED: 'demo',
      TIM_SDKAPPID: '',
      AUDIT_LOG: 'test-results/audit.log',
      DATA_DIR: dataDir,
    },
  },
});
