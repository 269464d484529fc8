import autocannon from 'autocannon';

import { cpuMs, environment, round, startBenchStack } from './common';

const CONNECTIONS = 16;
const DURATION_S = 5;

async function load(url: string, body: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { p50: result.latency.p50, rps: result.requests.average };
}

/** A friend_check body from the first account to all the others. */
function firstChecksTheRest(ids: string[]): string {
  return JSON.stringify({
    From_Account: ids[0],
    To_Account: ids.slice(1),
    CheckType: 'CheckResult_Type_Both',
  });
}

/**
 * friend_check of 100 accounts at concurrency 16, pacing lifted: straight to the emulator vs
 * through the proxy. Emulator, proxy and autocannon (this process) run in three processes.
 */
export async function proxyOverhead() {
  const stack = await startBenchStack({ rateLimit: false, paced: false });
  try {
    const ids = await stack.emulator.call<string[]>('seedRing', 101);
    const body = firstChecksTheRest(ids);
    const proxied = `${stack.proxy.url}/api/v4/sns/friend_check`;
    await load(stack.signedUrl('v4/sns/friend_check'), body); // warm both paths' JIT
    await load(proxied, body);
    const direct = await load(stack.signedUrl('v4/sns/friend_check'), body);
    const viaProxy = await load(proxied, body);
    return {
      accounts: 100,
      connections: CONNECTIONS,
      direct_p50_ms: direct.p50,
      proxy_p50_ms: viaProxy.p50,
      added_p50_ms: viaProxy.p50 - direct.p50,
      direct_rps: Math.round(direct.rps),
      proxy_rps: Math.round(viaProxy.rps),
      ratio: round(viaProxy.p50 / Math.max(direct.p50, 0.01)),
      ...environment(),
    };
  } finally {
    await stack.stop();
  }
}

const CPU_CALLS = 400;
const CPU_CONCURRENCY = 4;

/**
 * CPU time the proxy and the emulator each spend per friend_check of 1000 accounts through the
 * proxy, read from each process's own counters; and the longest the proxy's event loop stood
 * still while it validated a bulk call of 1000 bodies (about 1 MiB) whose last body is bad, so
 * the figure is the validation's alone and nothing is sent.
 */
export async function cpuPerCall() {
  const stack = await startBenchStack({ rateLimit: false, paced: false });
  try {
    const ids = await stack.emulator.call<string[]>('seedRing', 1001);
    const body = firstChecksTheRest(ids);
    const url = `${stack.proxy.url}/api/v4/sns/friend_check`;
    const call = async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (response.status !== 200) throw new Error(`friend_check answered ${response.status}`);
      await response.arrayBuffer();
    };
    const calls = async (count: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CPU_CONCURRENCY }, async () => {
          while (next < count) {
            next += 1;
            await call();
          }
        }),
      );
    };
    await calls(100); // warm the JIT
    const [proxyBefore, emulatorBefore] = [await cpuMs(stack.proxy), await cpuMs(stack.emulator)];
    await calls(CPU_CALLS);
    const [proxyAfter, emulatorAfter] = [await cpuMs(stack.proxy), await cpuMs(stack.emulator)];

    const batch = JSON.stringify({
      requests: Array.from({ length: 1000 }, (_, index) => ({
        From_Account: ids[index],
        To_Account: index === 999 ? [...ids.slice(1, 75), 'not valid'] : ids.slice(0, 75),
        CheckType: 'CheckResult_Type_Both',
      })),
    });
    await stack.proxy.call('watchEventLoop');
    const response = await fetch(`${stack.proxy.url}/api/batch/v4/sns/friend_check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: batch,
    });
    if (response.status !== 400) throw new Error(`the bad bulk call answered ${response.status}`);
    await response.text();
    const longestBlock = await stack.proxy.call<number>('longestBlockMs');
    return {
      accounts: 1000,
      calls: CPU_CALLS,
      proxy_cpu_ms: round((proxyAfter - proxyBefore) / CPU_CALLS),
      emulator_cpu_ms: round((emulatorAfter - emulatorBefore) / CPU_CALLS),
      bulk_validation_bytes: batch.length,
      bulk_validation_longest_block_ms: round(longestBlock, 1),
      ...environment(),
    };
  } finally {
    await stack.stop();
  }
}
