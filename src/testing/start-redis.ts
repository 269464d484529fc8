import { spawn } from 'node:child_process';

import { Redis } from 'ioredis';

import { freePort } from '@/shared/node/listen';

import { findExecutable, SERVICES, skipLine } from './services';

export interface RunningRedis {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts a throwaway redis-server on 127.0.0.1 without persistence. Tests that use it run only
 * where `inject('services').redis` is true. `port` restarts one on the port an earlier one had,
 * for outage tests.
 */
export async function startRedis(options: { port?: number } = {}): Promise<RunningRedis> {
  const executable = findExecutable('redis-server');
  if (!executable) throw new Error(skipLine(SERVICES.redis));
  const port = options.port ?? (await freePort());
  const child = spawn(
    executable,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  probe.on('error', () => undefined);
  for (let tries = 0; ; tries += 1) {
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch (error) {
      probe.disconnect();
      if (tries > 50 || child.exitCode !== null) {
        child.kill();
        throw new Error(`redis-server did not start on ${url}: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  probe.disconnect();
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
