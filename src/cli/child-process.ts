/**
 * A server in its own Node process, so its load never stalls ours: the emulator under `npm start`
 * and `npm run dev`, and each measured server of the bench. The child runs with this process's
 * loader flags (tsx), says when it listens, answers calls over the IPC channel and exits when
 * told to, or when its parent goes away.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';

type Message =
  | { type: 'ready'; url: string }
  | { type: 'failed'; error: string }
  | { type: 'result'; id: number; value?: unknown; error?: string };

export interface ChildServer {
  url: string;
  pid: number;
  /** Runs one of the child's handlers and resolves with its (JSON-cloneable) result. */
  call: <T = unknown>(method: string, ...args: unknown[]) => Promise<T>;
  /** Asks the child to close its server and waits until it has exited. */
  stop: () => Promise<void>;
  /** Resolves with the exit code when the child exits, asked to or not. */
  exited: Promise<number | null>;
}

/**
 * Starts `entry` in a child process, hands it `input` over the IPC channel (never on the command
 * line, where any user can read it) and waits until it listens.
 */
export async function startChildServer(
  entry: string,
  input: unknown,
  {
    env = process.env,
    execArgv = inheritedFlags(process.execArgv),
  }: { env?: NodeJS.ProcessEnv; execArgv?: string[] } = {},
): Promise<ChildServer> {
  const child = fork(entry, [], {
    env,
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send({ type: 'start', input });
  const exited = once(child, 'exit');
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  const ready = new Promise<string>((resolve, reject) => {
    child.on('message', (message: Message) => {
      if (message.type === 'ready') resolve(message.url);
      else if (message.type === 'failed') reject(new Error(message.error));
      else if (message.type === 'result') {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) waiter?.reject(new Error(message.error));
        else waiter?.resolve(message.value);
      }
    });
    void exited.then(([code]) => {
      const error = new Error(`${entry} exited with code ${String(code)}`);
      reject(error);
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
  });
  const url = await ready;
  return {
    url,
    pid: child.pid ?? 0,
    call: <T>(method: string, ...args: unknown[]) =>
      new Promise<T>((resolve, reject) => {
        const id = (nextId += 1);
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ type: 'call', id, method, args });
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    exited: exited.then(([code]) => code as number | null),
  };
}

/**
 * This process's Node flags (tsx's loader, --expose-gc…) without those that describe an inline
 * script (`--input-type`, `-e`), which a child started from a file must not get.
 */
export function inheritedFlags(execArgv: readonly string[]): string[] {
  const flags: string[] = [];
  for (let index = 0; index < execArgv.length; index += 1) {
    const flag = execArgv[index] ?? '';
    if (flag.startsWith('--input-type=')) continue;
    if (['--input-type', '-e', '--eval', '-p', '--print'].includes(flag)) {
      index += 1; // and its value
      continue;
    }
    flags.push(flag);
  }
  return flags;
}

/**
 * The child's side: waits for the input the parent passes, starts the server, reports its URL and
 * serves `handlers`. `close` runs on SIGTERM, SIGINT or when the parent is gone.
 */
export async function serveParent<Input>(
  start: (input: Input) => Promise<{
    url: string;
    close: () => Promise<void>;
    handlers?: Record<string, (...args: never[]) => unknown>;
  }>,
): Promise<void> {
  const parent = process as ChildProcess & NodeJS.Process;
  const [{ input }] = (await once(parent, 'message')) as [{ type: 'start'; input: Input }];
  let running: Awaited<ReturnType<typeof start>>;
  try {
    running = await start(input);
  } catch (error) {
    parent.send?.({ type: 'failed', error: (error as Error).message } satisfies Message);
    process.exit(1);
  }
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    cpuUsage: () => process.cpuUsage(),
    memoryUsage: () => process.memoryUsage(),
    ...(running.handlers as Record<string, (...args: unknown[]) => unknown> | undefined),
  };
  parent.on('message', (message: { type: string; id: number; method: string; args: unknown[] }) => {
    if (message.type !== 'call') return;
    void (async () => {
      try {
        const handler = handlers[message.method];
        if (!handler) throw new Error(`no handler ${message.method}`);
        const value = await handler(...message.args);
        parent.send?.({ type: 'result', id: message.id, value } satisfies Message);
      } catch (error) {
        parent.send?.({
          type: 'result',
          id: message.id,
          error: (error as Error).message,
        } satisfies Message);
      }
    })();
  });
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= running.close().then(() => process.exit(0));
    return closing;
  };
  process.once('SIGTERM', () => void close());
  process.once('SIGINT', () => void close());
  parent.once('disconnect', () => void close());
  parent.send?.({ type: 'ready', url: running.url } satisfies Message);
}
