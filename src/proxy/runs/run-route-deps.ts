import type { Context } from 'hono';

import { RunId, type RunSummary } from '@/shared/contract/runs';

import type { RefuseCaller } from '../access-guard';
import type { ProxyEnv } from '../proxy-env';
import { problem } from '../route-helpers';
import type { CallUpstream } from '../upstream';
import type { RunEngine } from './run-engine';
import type { RunStore } from './run-store';

export interface RunRouteDeps {
  store: RunStore;
  engine: RunEngine;
  callUpstream: CallUpstream;
  target: { sdkAppId: number; host: string; mode: string };
  refuse: RefuseCaller;
  clock?: () => number;
}

/** The run the path names, or 404. */
export async function findRun(
  c: Context<ProxyEnv>,
  store: RunStore,
): Promise<RunSummary | Response> {
  const id = c.req.param('id') ?? '';
  const summary = RunId.safeParse(id).success ? await store.summary(id) : undefined;
  return (
    summary ?? problem(c, 'not-found', { title: 'Run not found', detail: `There is no run ${id}.` })
  );
}
