import type { Context } from 'hono';

import { refuseMediaType } from './media-type';
import type { PlanReadError } from './plans/read-plan-state';
import { badRequest, INVALID_JSON, type ProblemFields, type ProblemSlug, refusal } from './problem';
import type { ProxyEnv } from './proxy-env';

/** The body of a JSON route, or the 415 or 400 that refuses it. */
export async function readJson(c: Context<ProxyEnv>): Promise<unknown> {
  const refused = refuseMediaType(c.req.header('content-type'));
  if (refused) return problem(c, 'unsupported-media-type', { detail: refused });
  try {
    return JSON.parse(await c.req.text());
  } catch {
    return badRequest(c.get('requestId'), [INVALID_JSON]);
  }
}

/** A catalogued problem for this request, with fields of its own (`run`, `undoRun`) beside. */
export function problem(c: Context<ProxyEnv>, slug: ProblemSlug, fields: ProblemFields): Response {
  return refusal(slug, c.get('requestId'), fields);
}

/** The state a plan is compared with could not be read: nothing was changed. */
export function planReadFailed(c: Context<ProxyEnv>, error: PlanReadError): Response {
  return problem(c, 'plan-read-failed', {
    status: error.status >= 500 ? error.status : 502,
    detail: `${error.message}. Nothing was changed.`,
  });
}
