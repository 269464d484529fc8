import { fileURLToPath } from 'node:url';

import { type EmulatorEnv, EmulatorEnv as EmulatorEnvSchema } from '@/emulator/server';
import { parseProxyConfig, type ProxyConfig } from '@/proxy/config';
import { StartupError, startProxyServer } from '@/proxy/server';
import type { Listening } from '@/shared/node/listen';

import { type ChildServer, startChildServer } from './child-process';

export interface ConsoleStack {
  proxy: Listening;
  config: ProxyConfig;
  /** The embedded emulator, in its own process so its work never stalls the proxy. */
  emulator?: ChildServer;
  stop: () => Promise<void>;
}

/** Reads the environment, reporting every bad variable, or exits with one line per problem. */
export function readConfigOrExit(env: NodeJS.ProcessEnv): {
  proxy: ProxyConfig;
  emulator?: EmulatorEnv;
} {
  const proxy = parseProxyConfig(env);
  const emulator = EmulatorEnvSchema.safeParse(env);
  const problems = [
    ...(proxy.ok ? [] : proxy.problems),
    ...((proxy.ok && proxy.config.mode === 'tencent') || emulator.success
      ? []
      : emulator.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
  ];
  if (!proxy.ok || problems.length > 0) {
    for (const problem of problems) console.error(`config: ${problem}`);
    process.exit(2);
  }
  return {
    proxy: proxy.config,
    emulator: proxy.config.mode === 'emulator' ? emulator.data : undefined,
  };
}

/** The console's back end: the proxy and, unless TIM_SDKAPPID is set, the embedded emulator. */
export async function startConsoleStack(
  config: { proxy: ProxyConfig; emulator?: EmulatorEnv },
  options: { staticDir?: string; quiet?: boolean } = {},
): Promise<ConsoleStack> {
  let emulator: ChildServer | undefined;
  let upstream;
  if (config.proxy.mode === 'tencent') {
    upstream = { baseUrl: config.proxy.baseUrl, credentials: config.proxy.credentials };
  } else {
    if (!config.emulator) throw new Error('the emulator configuration is missing');
    emulator = await startChildServer(
      fileURLToPath(new URL('./emulator-process.ts', import.meta.url)),
      config.emulator,
    );
    upstream = {
      baseUrl: emulator.url,
      credentials: {
        sdkAppId: config.emulator.EMULATOR_SDKAPPID,
        secretKey: config.emulator.EMULATOR_SECRET_KEY,
        admin: config.emulator.EMULATOR_ADMIN,
      },
    };
  }
  let stopping = false;
  void emulator?.exited.then((code) => {
    if (stopping) return;
    console.error(
      `The emulator process stopped (exit code ${String(code)}); stopping the console.`,
    );
    process.exit(1);
  });
  const proxy = await startProxyServer(config.proxy, upstream, options).catch(
    async (error: unknown) => {
      stopping = true;
      await emulator?.stop();
      if (!(error instanceof StartupError)) throw error;
      // One line naming the setting, as for a bad variable; exit 1: the setting is valid but
      // what it names cannot be used.
      console.error(error.message);
      process.exit(1);
    },
  );
  return {
    proxy,
    config: config.proxy,
    emulator,
    stop: async () => {
      stopping = true;
      await proxy.close();
      await emulator?.stop();
    },
  };
}

export function stopOnSignals(stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
}
