import { createHash, randomUUID } from 'node:crypto';

import type { Handler } from 'hono';

import { describeIssues } from '@/shared/contract/common';
import {
  READ_RUN_KINDS,
  type RunAccepted,
  RunRequest,
  type RunSummary,
} from '@/shared/contract/runs';

import { badRequest } from '../problem';
import type { ProxyEnv } from '../proxy-env';
import { problem, readJson } from '../route-helpers';
import { alreadyUndone, resolveRunRequest } from './resolve-run';
import type { RunRouteDeps } from './run-route-deps';
import { AlreadyUndone } from './run-store';

const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

/** `POST /api/runs`: checks, plans and launches a run; an Idempotency-Key replays its answer. */
export function startRun(deps: RunRouteDeps): Handler<ProxyEnv> {
  const { store, engine } = deps;
  const now = () => new Date((deps.clock ?? Date.now)());
  return async (c) => {
    const requestId = c.get('requestId');
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const parsed = RunRequest.safeParse(body);
    if (!parsed.success) return badRequest(requestId, describeIssues(parsed.error));
    const request = parsed.data;
    const refused = deps.refuse(
      c,
      READ_RUN_KINDS.has(request.kind)
        ? undefined
        : `may only start read runs; a ${request.kind} run changes data`,
    );
    if (refused) return refused;

    const caller = c.get('caller');
    const key = c.req.header('idempotency-key');
    let idempotency: { key: string; hash: string } | undefined;
    if (key !== undefined) {
      if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
        return badRequest(requestId, [
          {
            field: 'Idempotency-Key',
            message: 'Idempotency-Key must be 1–255 printable ASCII characters',
          },
        ]);
      }
      idempotency = { key, hash: hashOf(request) };
      const earlier = await store.findIdempotent(
        caller.identity,
        key,
        new Date(now().getTime() - IDEMPOTENCY_WINDOW_MS),
      );
      if (earlier) {
        if (earlier.hash !== idempotency.hash) {
          return problem(c, 'idempotency-key-reused', {
            detail: `Idempotency-Key ${key} already started run ${earlier.runId} with a different body; use a new key for a new run.`,
            run: earlier.runId,
          });
        }
        const summary = await store.summary(earlier.runId);
        if (summary) {
          c.header('idempotent-replayed', 'true');
          return c.json(accepted(summary), 200);
        }
      }
      // A stale key older than the window starts afresh.
      await store.forgetIdempotencyKey(caller.identity, key);
    }

    const resolved = await resolveRunRequest(c, request, deps);
    if (resolved instanceof Response) return resolved;
    const plan = engine.plan(resolved.request);
    const id = randomUUID();
    try {
      await engine.launch(
        {
          id,
          plan,
          request: resolved.request,
          operator: caller.identity,
          role: caller.role,
          target: deps.target,
          parent: resolved.parent,
          createdAt: now(),
        },
        idempotency,
      );
    } catch (error) {
      if (error instanceof AlreadyUndone) return alreadyUndone(c, error.run);
      throw error;
    }
    const answer: RunAccepted = {
      id,
      status: 'queued',
      plan: { calls: plan.callCount, floor_s: plan.floorSeconds },
    };
    c.header('location', `/api/runs/${id}`);
    return c.json(answer, 202);
  };
}

function accepted(summary: RunSummary): RunAccepted {
  return { id: summary.id, status: summary.status, plan: summary.plan };
}

function hashOf(request: RunRequest): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}
