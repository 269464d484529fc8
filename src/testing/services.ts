/**
 * Services some tests need besides Node: found on this machine, installed by the test command
 * when it runs as root on Debian, or else skipped with one line saying what to install
 * (REQUIRE_SERVICES=1, as in CI, makes a missing one an error instead).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type ServiceName = 'redis';

export interface ServiceSpec {
  /** What the skip line calls it. */
  label: string;
  /** The executables a test starts; all must be found. */
  executables: string[];
  /** Folders searched besides PATH (Debian keeps PostgreSQL's binaries off PATH). */
  extraDirs?: string[];
  aptPackage: string;
}

export const SERVICES: Record<ServiceName, ServiceSpec> = {
  redis: { label: 'Redis', executables: ['redis-server'], aptPackage: 'redis-server' },
};

/** The executable's full path, searched on PATH and in `extraDirs`. */
export function findExecutable(name: string, extraDirs: string[] = []): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...extraDirs];
  for (const dir of dirs) {
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

export function serviceInstalled(spec: ServiceSpec): boolean {
  return spec.executables.every((name) => findExecutable(name, spec.extraDirs) !== undefined);
}

/** The line printed when a service's tests are skipped. */
export function skipLine(spec: ServiceSpec): string {
  return (
    `Skipping the tests that need ${spec.label}: ${spec.executables.join(', ')} not found. ` +
    `Install it (apt-get install -y ${spec.aptPackage}) or run the tests as root on Debian; ` +
    'REQUIRE_SERVICES=1 makes this an error.'
  );
}
