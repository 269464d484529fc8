import autocannon from 'autocannon';

import { unpaced } from '@/proxy/pacer';
import { startBackend } from '@/testing/start-backend';

import { environment, round, seedAccounts } from './common';

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

/** friend_check of 100 accounts at concurrency 16, pacing lifted: straight to the emulator vs through the proxy. */
export async function proxyOverhead() {
  const stack = await startBackend({ emulator: { rateLimit: false }, proxy: { pacer: unpaced } });
  const ids = seedAccounts(stack.emulator, 101);
  const body = JSON.stringify({
    From_Account: ids[0],
    To_Account: ids.slice(1),
    CheckType: 'CheckResult_Type_Both',
  });
  try {
    await load(stack.signedUrl('v4/sns/friend_check'), body); // warm both paths' JIT
    const direct = await load(stack.signedUrl('v4/sns/friend_check'), body);
    const proxied = await load(`${stack.proxyUrl}/api/v4/sns/friend_check`, body);
    return {
      accounts: 100,
      connections: CONNECTIONS,
      direct_p50_ms: direct.p50,
      proxy_p50_ms: proxied.p50,
      direct_rps: Math.round(direct.rps),
      proxy_rps: Math.round(proxied.rps),
      ratio: round(proxied.p50 / Math.max(direct.p50, 0.01)),
      ...environment(),
    };
  } finally {
    await stack.stop();
  }
}
