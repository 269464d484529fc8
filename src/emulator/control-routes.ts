import { Hono } from 'hono';
import { z } from 'zod';

import { describeIssues } from '@/shared/contract/common';
import {
  CustomTagList,
  FaultRuleInput,
  MAX_FAULT_RULES,
  SEED_NAMES,
  type SeedList,
  type SeedName,
} from '@/shared/contract/emulator-control';

import type { Emulator } from './emulator';
import { exportState, importState, SavedState } from './persistence';

const ResetBody = z.strictObject({
  seed: z.enum(SEED_NAMES, { error: `seed must be one of ${SEED_NAMES.join(', ')}` }).optional(),
});
const ConfigBody = z.strictObject({
  rateLimit: z.boolean({ error: 'rateLimit must be true or false' }).optional(),
  /** Replaces the declared custom tags, as EMULATOR_CUSTOM_TAGS sets them at start. */
  customTags: CustomTagList.optional(),
});

function invalid(error: z.ZodError) {
  return { error: 'invalid request', problems: describeIssues(error) };
}

/**
 * Test and QA controls, under /__emulator so they can never collide with Tencent's paths:
 * reset and seeds, state export/import, fault rules, the call log and runtime config.
 */
export function createControlRoutes(emulator: Emulator): Hono {
  const routes = new Hono();
  const json = async (request: Request): Promise<unknown> => {
    const text = await request.text();
    return text.trim() === '' ? {} : JSON.parse(text);
  };

  routes.onError((error, c) => {
    if (error instanceof SyntaxError) return c.json({ error: 'the body is not valid JSON' }, 400);
    console.error('emulator control route failed', error);
    return c.json({ error: 'internal error' }, 500);
  });

  routes.get('/health', (c) => c.json({ ok: true, accounts: emulator.state.accounts.size }));
  routes.get('/seeds', (c) =>
    c.json({ seeds: [...SEED_NAMES], loaded: emulator.loadedSeed } satisfies SeedList),
  );

  routes.post('/reset', async (c) => {
    const parsed = ResetBody.safeParse(await json(c.req.raw));
    if (!parsed.success) return c.json(invalid(parsed.error), 400);
    const seed: SeedName = parsed.data.seed ?? 'empty';
    await emulator.reset(seed);
    emulator.calls.clear();
    return c.json({ seed, accounts: emulator.state.accounts.size });
  });

  routes.get('/state', (c) => c.json(exportState(emulator.state)));
  routes.put('/state', async (c) => {
    const parsed = SavedState.safeParse(await json(c.req.raw));
    if (!parsed.success) return c.json(invalid(parsed.error), 400);
    await emulator.replaceState(importState(parsed.data));
    return c.json({ accounts: emulator.state.accounts.size });
  });

  routes.get('/faults', (c) => c.json({ faults: emulator.faults.list() }));
  routes.post('/faults', async (c) => {
    const parsed = FaultRuleInput.safeParse(await json(c.req.raw));
    if (!parsed.success) return c.json(invalid(parsed.error), 400);
    if (emulator.faults.list().length >= MAX_FAULT_RULES) {
      return c.json(
        { error: `at most ${MAX_FAULT_RULES} fault rules may be active; delete some first` },
        409,
      );
    }
    return c.json(emulator.faults.add(parsed.data), 201);
  });
  routes.delete('/faults', (c) => {
    emulator.faults.clear();
    return c.body(null, 204);
  });
  routes.delete('/faults/:id', (c) =>
    emulator.faults.remove(c.req.param('id'))
      ? c.body(null, 204)
      : c.json({ error: 'no such fault' }, 404),
  );

  routes.get('/calls', (c) => {
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 100) || 100, 1), 1000);
    return c.json({ calls: emulator.calls.recent(limit, c.req.query('api')) });
  });
  routes.delete('/calls', (c) => {
    emulator.calls.clear();
    return c.body(null, 204);
  });

  routes.get('/config', (c) => c.json(emulator.config));
  routes.patch('/config', async (c) => {
    const parsed = ConfigBody.safeParse(await json(c.req.raw));
    if (!parsed.success) return c.json(invalid(parsed.error), 400);
    Object.assign(emulator.config, parsed.data);
    return c.json(emulator.config);
  });

  return routes;
}
