import { fetchJson } from '@/api/client';
import type { Plan } from '@/shared/contract/plan';
import { PlanDiff } from '@/shared/contract/plan';
import { RunAccepted, RunSummary } from '@/shared/contract/runs';

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** What applying the plan now would change (only reads). */
export const diffPlan = (plan: Plan, signal?: AbortSignal) =>
  fetchJson('/api/plans/diff', PlanDiff, { ...json(plan), signal });

export const startPlanRun = (plan: Plan) =>
  fetchJson('/api/runs', RunAccepted, json({ kind: 'plan', plan }));

export const fetchRun = (id: string, signal?: AbortSignal) =>
  fetchJson(`/api/runs/${encodeURIComponent(id)}`, RunSummary, { signal });
