import {
  type EmulatorEnv,
  type RunningEmulator,
  startEmulatorServer,
  EmulatorEnv as EmulatorEnvSchema,
} from '@/emulator/server';
import { parseProxyConfig, type ProxyConfig } from '@/proxy/config';
import { StartupError, startProxyServer } from '@/proxy/server';
import type { Listening } from '@/shared/node/listen';

export interface ConsoleStack {
  proxy: Listening;
  config: ProxyConfig;
  emulator?: RunningEmulator;
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
  let emulator: RunningEmulator | undefined;
  let upstream;
  if (config.proxy.mode === 'tencent') {
    upstream = { baseUrl: config.proxy.baseUrl, credentials: config.proxy.credentials };
  } else {
    if (!config.emulator) throw new Error('the emulator configuration is missing');
    emulator = await startEmulatorServer(config.emulator);
    upstream = {
      baseUrl: emulator.url,
      credentials: {
        sdkAppId: config.emulator.EMULATOR_SDKAPPID,
        secretKey: config.emulator.EMULATOR_SECRET_KEY,
        admin: config.emulator.EMULATOR_ADMIN,
      },
    };
  }
  const proxy = await startProxyServer(config.proxy, upstream, options).catch(
    async (error: unknown) => {
      await emulator?.close();
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
      await proxy.close();
      await emulator?.close();
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
