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
  if (config.proxy.mode === 'tencent') {
    const upstream = { baseUrl: config.proxy.baseUrl, credentials: config.proxy.credentials };
    return withProxy(
      config.proxy,
      await startProxy(config.proxy, upstream, options, () => undefined),
    );
  }
  const emulatorConfig = config.emulator;
  if (!emulatorConfig) throw new Error('the emulator configuration is missing');
  const credentials = {
    sdkAppId: emulatorConfig.EMULATOR_SDKAPPID,
    secretKey: emulatorConfig.EMULATOR_SECRET_KEY,
    admin: emulatorConfig.EMULATOR_ADMIN,
  };
  const starting = startChildServer(
    fileURLToPath(new URL('./emulator-process.ts', import.meta.url)),
    emulatorConfig,
  );
  // On a fixed port the emulator's URL is known before it listens, so the proxy (its database
  // above all) starts meanwhile instead of after: the two startups overlap.
  const { EMULATOR_HOST: host, EMULATOR_PORT: port } = emulatorConfig;
  const knownUrl =
    port === 0 ? undefined : `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let emulator: ChildServer | undefined;
  const proxyStarting = knownUrl
    ? startProxy(config.proxy, { baseUrl: knownUrl, credentials }, options, () => emulator)
    : undefined;
  try {
    emulator = await starting;
  } catch (error) {
    // The proxy that started meanwhile goes too, or the process would not exit.
    await proxyStarting?.then((proxy) => proxy.close()).catch(() => undefined);
    throw error;
  }
  if (knownUrl && emulator.url !== knownUrl) {
    throw new Error(`the emulator listens at ${emulator.url}, not ${knownUrl}`);
  }
  const running = emulator;
  let stopping = false;
  void running.exited.then((code) => {
    if (stopping) return;
    console.error(
      `The emulator process stopped (exit code ${String(code)}); stopping the console.`,
    );
    process.exit(1);
  });
  const proxy = await (proxyStarting ??
    startProxy(config.proxy, { baseUrl: running.url, credentials }, options, () => running));
  return {
    proxy,
    config: config.proxy,
    emulator: running,
    stop: async () => {
      stopping = true;
      await proxy.close();
      await running.stop();
    },
  };
}

function withProxy(config: ProxyConfig, proxy: Listening): ConsoleStack {
  return { proxy, config, stop: () => proxy.close() };
}

/** The proxy, or one line naming the setting that stopped it and exit 1 (emulator stopped). */
function startProxy(
  config: ProxyConfig,
  upstream: Parameters<typeof startProxyServer>[1],
  options: { staticDir?: string; quiet?: boolean },
  emulator: () => ChildServer | undefined,
): Promise<Listening> {
  return startProxyServer(config, upstream, options).catch(async (error: unknown) => {
    await emulator()?.stop();
    if (!(error instanceof StartupError)) throw error;
    // One line naming the setting, as for a bad variable; exit 1: the setting is valid but what
    // it names cannot be used.
    console.error(error.message);
    process.exit(1);
  });
}

export function stopOnSignals(stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
}
