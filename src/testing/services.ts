/**
 * Services some tests need besides Node: found on this machine, installed by the test command
 * when it runs as root on Debian, or else skipped with one line saying what to install
 * (REQUIRE_SERVICES=1, as in CI, makes a missing one an error instead).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

import { findPostgresBin } from './start-postgres';

export type ServiceName = 'redis' | 'postgres';

export interface ServiceSpec {
  /** What the skip line calls it. */
  label: string;
  /** What a test starts, as the skip line names it. */
  executables: string;
  installed: () => boolean;
  aptPackage: string;
}

export const SERVICES: Record<ServiceName, ServiceSpec> = {
  redis: {
    label: 'Redis',
    executables: 'redis-server',
    installed: () => findExecutable('redis-server') !== undefined,
    aptPackage: 'redis-server',
  },
  postgres: {
    label: 'PostgreSQL',
    // Debian keeps the server's binaries off PATH, in /usr/lib/postgresql/<version>/bin.
    executables: 'initdb and postgres',
    installed: () => findPostgresBin() !== undefined,
    aptPackage: 'postgresql',
  },
};

/** The executable's full path, searched on PATH. */
export function findExecutable(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** The line printed when a service's tests are skipped. */
export function skipLine(spec: ServiceSpec): string {
  return (
    `Skipping the tests that need ${spec.label}: ${spec.executables} not found. ` +
    `Install it (apt-get install -y ${spec.aptPackage}) or run the tests as root on Debian; ` +
    'REQUIRE_SERVICES=1 makes this an error.'
  );
}
