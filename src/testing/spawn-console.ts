import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ConsoleProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown code runs, as in a crash or an OOM kill. */
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts `src/testing/console-process.ts` with `env` and waits for its `ready` line. */
export async function spawnConsole(env: Record<string, string>): Promise<ConsoleProcess> {
  const root = process.cwd();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/testing/console-process.ts')],
    {
      cwd: root,
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`console exited with ${code}: ${output}`)));
  });
  return {
    url,
    child,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
