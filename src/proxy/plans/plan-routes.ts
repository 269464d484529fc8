import { type Context, Hono } from 'hono';

import { describeIssues } from '@/shared/contract/common';
import { changeCount, Plan, type PlanDiff } from '@/shared/contract/plan';
import { FINISHED_STATUSES, RunId } from '@/shared/contract/runs';
import { diffPlan } from '@/shared/lib/plan-diff';
import { type MatrixAnswer, planFromMatrix } from '@/shared/lib/plan-from-matrix';
import { parsePlanText } from '@/shared/lib/plan-text';

import type { ProxyEnv } from '../proxy-env';
import { badRequest } from '../problem';
import { planReadFailed, problem } from '../route-helpers';
import { planRun } from '../runs/run-plans';
import type { RunStore } from '../runs/run-store';
import type { CallUpstream } from '../upstream';
import { PlanReadError, readPlanState } from './read-plan-state';

/** What a saved plan names as its schema, so editors check it. */
const PLAN_SCHEMA_URL = 'https://friend-console.local/schemas/plan.schema.json';

/** Bodies up to this size: a plan at its limits in JSON is about 8 MB. */
const PLAN_BODY_MAX_BYTES = 16 * 1024 * 1024;

export interface PlanRouteDeps {
  callUpstream: CallUpstream;
  /** The cross-site check (a diff only reads, so every role may ask). */
  refuse: (c: Context<ProxyEnv>, viewerLimit: string | undefined) => Response | undefined;
  /** Where matrix runs are kept, for `GET /api/runs/:id/plan`; absent without runs. */
  runs?: RunStore;
}

/**
 * `POST /api/plans/diff`: the plan as JSON (or YAML, `application/yaml`) in the body; answers
 * the changes applying it would make now, their calls and floor time. Only reads, so viewers
 * may ask.
 */
export function createPlanRoutes(deps: PlanRouteDeps): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();
  app.post('/api/plans/diff', async (c) => {
    const requestId = c.get('requestId');
    const refused = deps.refuse(c, undefined);
    if (refused) return refused;
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!['application/json', 'application/yaml', 'text/yaml'].includes(type)) {
      return problem(c, 'unsupported-media-type', {
        detail: 'Send the plan as application/json or application/yaml.',
      });
    }
    const text = await c.req.text();
    if (Buffer.byteLength(text) > PLAN_BODY_MAX_BYTES) {
      return problem(c, 'payload-too-large', {
        detail: `The plan is over ${PLAN_BODY_MAX_BYTES} bytes; the limit is ${PLAN_BODY_MAX_BYTES}.`,
      });
    }
    let plan: Plan;
    if (type === 'application/json') {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return badRequest(requestId, [{ field: '(body)', message: 'The body is not valid JSON.' }]);
      }
      const parsed = Plan.safeParse(data);
      if (!parsed.success) return badRequest(requestId, describeIssues(parsed.error));
      plan = parsed.data;
    } else {
      const parsed = parsePlanText(text);
      if (!parsed.ok) return badRequest(requestId, parsed.problems);
      plan = parsed.plan;
    }
    try {
      const state = await readPlanState(plan, {
        callUpstream: deps.callUpstream,
        requestId,
        signal: c.req.raw.signal,
      });
      const changes = diffPlan(plan, state);
      const run = planRun({ kind: 'plan', plan, changes });
      const answer: PlanDiff = {
        changes,
        total: changeCount(changes),
        calls: run.callCount,
        floor_s: run.floorSeconds,
      };
      return c.json(answer);
    } catch (error) {
      if (error instanceof PlanReadError) return planReadFailed(c, error);
      throw error;
    }
  });

  /**
   * `GET /api/runs/:id/plan`: "Save as plan" of a finished relation_matrix run, its accounts
   * with the friendships it found (see planFromMatrix).
   */
  app.get('/api/runs/:id/plan', async (c) => {
    const store = deps.runs;
    const id = c.req.param('id');
    const summary = store && RunId.safeParse(id).success ? await store.summary(id) : undefined;
    if (!store || !summary) {
      return problem(c, 'not-found', { title: 'Run not found', detail: `There is no run ${id}.` });
    }
    const request = await store.runRequest(id);
    if (request?.kind !== 'relation_matrix') {
      return problem(c, 'invalid-request', {
        title: 'Only a matrix run makes a plan',
        detail: `run ${id} is a ${summary.kind} run; a plan is made from a relation_matrix run.`,
      });
    }
    if (!FINISHED_STATUSES.has(summary.status)) {
      return problem(c, 'run-not-finished', {
        detail: `run ${id} is ${summary.status}; save it as a plan once it has finished.`,
      });
    }
    const answers: MatrixAnswer[] = [];
    for await (const page of store.itemPages(id, true)) {
      for (const call of page) if ('Relations' in call) answers.push(call);
    }
    const accounts = [...new Set([...request.Rows, ...(request.Columns ?? request.Rows)])];
    return c.json({
      $schema: PLAN_SCHEMA_URL,
      ...planFromMatrix(accounts, answers),
    });
  });
  return app;
}
