import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from '@/shared/node/listen';

import { environment, round } from './common';

/** `npm start` in a new process, after a build, until the console answers its first 200. */
export async function startTime() {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    env: {
      ...process.env,
      PORT: String(port),
      EMULATOR_PORT: String(emulatorPort),
      TIM_SDKAPPID: '',
      AUDIT_LOG: join(mkdtempSync(join(tmpdir(), 'fc-bench-')), 'audit.log'),
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.status === 200) break;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 60_000) throw new Error('npm start not ready in 60 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { ready_s: round((performance.now() - started) / 1000), ...environment() };
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}
