import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { freePort } from '@/shared/node/listen';

import { environment, round } from './common';

const READY = /^Friend Console is ready at (\S+)/;

/**
 * `npm start` in a new process, after a build, until the console answers its first 200: waits
 * for the line that says it is ready, then asks once.
 */
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
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('npm start not ready in 60 s')), 60_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        const ready = READY.exec(line);
        if (ready?.[1]) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with ${code}`));
      });
    });
    const response = await fetch(`${url}/`);
    if (response.status !== 200) throw new Error(`npm start answered ${response.status}`);
    return { ready_s: round((performance.now() - started) / 1000), ...environment() };
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}
