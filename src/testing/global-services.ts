import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import type { TestProject } from 'vitest/node';

import { SERVICES, type ServiceName, skipLine } from './services';

function run(command: string, args: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

/**
 * Vitest global setup of the Node tests: finds redis-server and PostgreSQL, installs what is
 * missing when running as root on Debian (as test:e2e does with Chromium; SERVICES_AUTO_INSTALL=0
 * turns that off), and tells the tests what they may use.
 */
export default function setup(project: TestProject): void {
  const names = Object.keys(SERVICES) as ServiceName[];
  let missing = names.filter((name) => !SERVICES[name].installed());
  const canInstall =
    process.getuid?.() === 0 &&
    existsSync('/usr/bin/apt-get') &&
    process.env.SERVICES_AUTO_INSTALL !== '0';
  if (missing.length > 0 && canInstall) {
    const packages = missing.map((name) => SERVICES[name].aptPackage);
    console.log(`Installing ${packages.join(', ')} from Debian for the tests…`);
    if (run('apt-get', ['update', '-qq'])) {
      run('apt-get', ['install', '-y', '-qq', ...packages]);
    }
    missing = missing.filter((name) => !SERVICES[name].installed());
  }
  if (missing.length > 0 && process.env.REQUIRE_SERVICES === '1') {
    throw new Error(
      `REQUIRE_SERVICES=1 but ${missing.map((name) => SERVICES[name].executables).join(', ')} ` +
        `not found: apt-get install -y ${missing.map((name) => SERVICES[name].aptPackage).join(' ')}`,
    );
  }
  for (const name of missing) console.log(skipLine(SERVICES[name]));
  project.provide(
    'services',
    Object.fromEntries(names.map((name) => [name, !missing.includes(name)])) as Record<
      ServiceName,
      boolean
    >,
  );
}
