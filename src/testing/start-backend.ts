import { createEmulator, type Emulator, type EmulatorOptions } from '@/emulator/create-emulator';
import { createProxy, createProxyUpstream, type ProxyDeps } from '@/proxy/create-proxy';
import { createRunEngine, type RunEngine } from '@/proxy/runs/run-engine';
import { createRunStore, type RunStore } from '@/proxy/runs/run-store';
import { type DatabaseConfig, openDatabase } from '@/proxy/store/database';
import { listen } from '@/shared/node/listen';
import { tencentUrl } from '@/shared/node/tencent-url';
import { genUserSig } from '@/shared/node/user-sig';

export const TEST_SDKAPPID = 1400000000;
export const TEST_SECRET_KEY = 'friend-console-test-key-0123456789abcdef';
export const TEST_ADMIN = 'administrator';
export const TEST_CREDENTIALS = {
  sdkAppId: TEST_SDKAPPID,
  secretKey: TEST_SECRET_KEY,
  admin: TEST_ADMIN,
} as const;

/** An operator and a viewer who sign in with Basic auth, for tests of roles. */
export const TEST_USERS = {
  operator: { name: 'olga', role: 'operator', password: 'operator-password-1' },
  viewer: { name: 'victor', role: 'viewer', password: 'viewer-password-22' },
} as const;
export const TEST_USER_ACCESS = {
  tokens: [],
  users: [TEST_USERS.operator, TEST_USERS.viewer],
};

/** The Authorization header value of a test user. */
export function basicAuth(user: { name: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;
}

/** A proxy target that says "real Tencent app", for tests of what changes against one. */
export const TEST_TENCENT_TARGET = {
  mode: 'tencent',
  sdkAppId: TEST_SDKAPPID,
  admin: TEST_ADMIN,
  region: 'singapore',
  host: 'adminapisgp.im.qcloud.com',
} as const;

export interface TestBackend {
  emulator: Emulator;
  emulatorUrl: string;
  proxyUrl: string;
  /** A correctly signed URL for calling the emulator directly, as Tencent's clients do. */
  signedUrl: (service: string, overrides?: Record<string, string>) => string;
  /** POSTs a JSON body (or raw text) straight to the emulator and returns the parsed answer. */
  callEmulator: (
    service: string,
    body: unknown,
    overrides?: Record<string, string>,
  ) => Promise<Record<string, unknown>>;
  /** POSTs through the proxy, as the browser does. */
  callProxy: (service: string, body: unknown, init?: RequestInit) => Promise<Response>;
  /** Present when started with `runs`. */
  runs?: { store: RunStore; engine: RunEngine };
  stop: () => Promise<void>;
}

/**
 * Starts a real emulator and a real proxy in front of it on 127.0.0.1, free ports. Every test
 * file gets its own pair, so tests never share state.
 */
export async function startBackend(
  options: {
    emulator?: EmulatorOptions;
    proxy?: Partial<ProxyDeps>;
    /** Server-side runs and History, in an in-memory database unless one is named. */
    runs?: boolean | DatabaseConfig;
  } = {},
): Promise<TestBackend> {
  const emulator = createEmulator({
    sdkAppId: TEST_SDKAPPID,
    secretKey: TEST_SECRET_KEY,
    admins: [TEST_ADMIN],
    ...options.emulator,
  });
  const emulatorServer = await listen(emulator.app.fetch);
  const deps = emulatorProxyDeps(emulatorServer.url, options.proxy);
  let runs: TestBackend['runs'];
  let closeDatabase = () => Promise.resolve();
  if (options.runs) {
    const database = await openDatabase(
      options.runs === true ? { dataDir: 'memory' } : options.runs,
    );
    closeDatabase = () => database.close();
    const store = createRunStore(database);
    deps.callUpstream ??= createProxyUpstream(deps);
    const engine = createRunEngine({
      store,
      callUpstream: deps.callUpstream,
      auditLog: deps.auditLog,
      instanceId: `test:${process.pid}`,
      clock: deps.clock,
    });
    await engine.start();
    runs = { store, engine };
  }
  const proxy = createProxy({ ...deps, runs });
  const proxyServer = await listen(proxy.fetch);

  const signedUrl = (service: string, overrides: Record<string, string> = {}) => {
    const url = tencentUrl(emulatorServer.url, service, {
      sdkAppId: TEST_SDKAPPID,
      identifier: TEST_ADMIN,
      userSig: genUserSig({
        sdkAppId: TEST_SDKAPPID,
        secretKey: TEST_SECRET_KEY,
        identifier: overrides.identifier ?? TEST_ADMIN,
        expireSeconds: 3600,
        issuedAt: Math.floor(Date.now() / 1000),
      }),
    });
    for (const [name, value] of Object.entries(overrides)) url.searchParams.set(name, value);
    return url.toString();
  };

  return {
    emulator,
    emulatorUrl: emulatorServer.url,
    proxyUrl: proxyServer.url,
    signedUrl,
    callEmulator: async (service, body, overrides) => {
      const response = await fetch(signedUrl(service, overrides), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      if (response.status !== 200) throw new Error(`emulator answered HTTP ${response.status}`);
      return (await response.json()) as Record<string, unknown>;
    },
    callProxy: (service, body, init = {}) =>
      fetch(`${proxyServer.url}/api/${service}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        ...init,
      }),
    runs,
    stop: async () => {
      await runs?.engine.stop();
      await proxyServer.close();
      await closeDatabase();
      await emulatorServer.close();
    },
  };
}

/** The deps of a proxy in front of the emulator at `emulatorUrl`, as startBackend uses. */
export function emulatorProxyDeps(emulatorUrl: string, deps: Partial<ProxyDeps> = {}): ProxyDeps {
  return {
    target: {
      mode: 'emulator',
      sdkAppId: TEST_SDKAPPID,
      admin: TEST_ADMIN,
      region: 'emulator',
      host: new URL(emulatorUrl).host,
    },
    upstream: { baseUrl: emulatorUrl, credentials: TEST_CREDENTIALS },
    ...deps,
  };
}

/** One more proxy in front of an emulator, e.g. a second instance sharing a Redis. */
export function emulatorProxy(emulatorUrl: string, deps: Partial<ProxyDeps> = {}) {
  return createProxy(emulatorProxyDeps(emulatorUrl, deps));
}
