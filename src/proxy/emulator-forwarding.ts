import { Hono } from 'hono';

import type { RefuseCaller } from './access-guard';
import { limitBody } from './guards';
import { refusal } from './problem';
import type { ProxyEnv } from './proxy-env';

export interface EmulatorForwardingDeps {
  /** The emulator's base URL; its control API is under `/__emulator`. */
  baseUrl: string;
  fetch?: typeof fetch;
  refuse: RefuseCaller;
}

/**
 * The emulator panel: `/api/emulator/*` passes to the emulator's control API, which a real
 * Tencent app does not have. Changes need an operator, like any write.
 */
export function createEmulatorForwarding(deps: EmulatorForwardingDeps): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();
  app.all('/api/emulator/*', limitBody, async (c) => {
    const changes = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (changes) {
      const refused = deps.refuse(c, "may only read the emulator's state");
      if (refused) return refused;
    }
    const url = new URL(c.req.url);
    const path = url.pathname.slice('/api/emulator'.length);
    try {
      const answer = await (deps.fetch ?? fetch)(`${deps.baseUrl}/__emulator${path}${url.search}`, {
        method: c.req.method,
        headers: { 'content-type': c.req.header('content-type') ?? 'application/json' },
        body: changes ? await c.req.text() : undefined,
      });
      return new Response(answer.body, {
        status: answer.status,
        headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
      });
    } catch (error) {
      return refusal('upstream-unreachable', c.get('requestId'), {
        title: 'Emulator unreachable',
        detail: `The emulator did not answer: ${(error as Error).message}`,
      });
    }
  });
  return app;
}
