import { Hono } from 'hono';

import type { Emulator } from './create-emulator';
import { isSeedName, SEED_NAMES } from './seeds';

/** Test and QA controls, under /__emulator so they can never collide with Tencent's paths. */
export function createControlRoutes(emulator: Emulator): Hono {
  const routes = new Hono();

  routes.post('/reset', async (c) => {
    const body: unknown = await c.req.json().catch(() => ({}));
    const seed = typeof body === 'object' && body !== null && 'seed' in body ? body.seed : 'empty';
    if (!isSeedName(seed)) {
      return c.json({ error: `seed must be one of ${SEED_NAMES.join(', ')}` }, 400);
    }
    emulator.reset(seed);
    return c.json({ seed, accounts: emulator.state.accounts.size });
  });

  routes.get('/health', (c) => c.json({ ok: true, accounts: emulator.state.accounts.size }));

  return routes;
}
