import { fetchJson } from '@/api/client';
import type { Plan } from '@/shared/contract/plan';
import { PlanDiff } from '@/shared/contract/plan';
import { RunAccepted, RunSummary } from '@/shared/contract/runs';
import { z } from 'zod';

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

/** Takes back what a plan run changed (its imports stay). */
export const startPlanUndo = (run: string) =>
  fetchJson('/api/runs', RunAccepted, json({ kind: 'undo', run }));

export const fetchRun = (id: string, signal?: AbortSignal) =>
  fetchJson(`/api/runs/${encodeURIComponent(id)}`, RunSummary, { signal });

/** "Save as plan": a finished matrix run's friendships as plan JSON (checked in the editor). */
export const fetchMatrixRunPlan = (id: string, signal?: AbortSignal) =>
  fetchJson(`/api/runs/${encodeURIComponent(id)}/plan`, z.record(z.string(), z.unknown()), {
    signal,
  });
