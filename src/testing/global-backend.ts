import type { TestProject } from 'vitest/node';

import { startBackend } from './start-backend';

/** One real emulator + proxy for all component tests; each test namespaces its own accounts. */
export default async function setup(project: TestProject) {
  const backend = await startBackend({ emulator: { rateLimit: false, seed: 'demo' }, runs: true });
  project.provide('proxyUrl', backend.proxyUrl);
  project.provide('emulatorUrl', backend.emulatorUrl);
  return () => backend.stop();
}
