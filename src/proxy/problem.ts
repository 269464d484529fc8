import type { FieldProblem } from '@/shared/contract/common';

/**
 * Every problem type the proxy answers with (RFC 9457 `type` is `urn:friend-console:<slug>`),
 * with its status and title. A route may name a more precise title for its case; the status of
 * `plan-read-failed` follows the read that failed (502 or Tencent's own 5xx).
 */
export const PROBLEMS = {
  'invalid-request': { status: 400, title: 'Invalid request' },
  'request-aborted': { status: 400, title: 'Request aborted' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  'cross-site': { status: 403, title: 'Cross-site request refused' },
  forbidden: { status: 403, title: 'Operator role required' },
  'not-found': { status: 404, title: 'Not found' },
  'nothing-to-undo': { status: 409, title: 'Nothing to undo' },
  'nothing-to-retry': { status: 409, title: 'Nothing to retry' },
  'already-undone': { status: 409, title: 'Already undone' },
  'run-not-finished': { status: 409, title: 'The run has not finished' },
  'body-too-large': { status: 413, title: 'Request body too large' },
  'payload-too-large': { status: 413, title: 'Plan too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'unknown-host': { status: 421, title: 'Unknown host' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key reused' },
  'too-many-attempts': { status: 429, title: 'Too many wrong credentials' },
  'caller-gone': { status: 499, title: 'The caller gave up' },
  'internal-error': { status: 500, title: 'Internal error' },
  'upstream-unreachable': { status: 502, title: 'Tencent Chat could not be reached' },
  'upstream-bad-response': { status: 502, title: 'Tencent Chat answered with an error' },
  'upstream-redirect': { status: 502, title: 'Tencent Chat answered with a redirect' },
  'upstream-answer-too-large': {
    status: 502,
    title: 'Tencent Chat answered with more than the proxy forwards',
  },
  'pacing-unavailable': { status: 502, title: 'The shared rate budget cannot be reached' },
  'plan-read-failed': { status: 502, title: 'Could not read the state' },
  'upstream-timeout': { status: 504, title: 'Tencent Chat did not answer in time' },
  'deadline-exceeded': { status: 504, title: 'The call deadline passed' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemSlug = keyof typeof PROBLEMS;

/** RFC 9457 problem details: every error the proxy itself produces has this shape. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  errors?: FieldProblem[];
}

/** What a problem says beyond its catalogue entry; extra fields (`run`, `undoRun`) ride along. */
export type ProblemFields = { detail: string; title?: string; status?: number } & Record<
  string,
  unknown
>;

/** A catalogued problem without its request id (upstream outcomes get theirs where answered). */
export function problemOf(slug: ProblemSlug, fields: ProblemFields): Omit<Problem, 'requestId'> {
  const entry = PROBLEMS[slug];
  return {
    type: `urn:friend-console:${slug}`,
    title: entry.title,
    status: entry.status,
    ...fields,
  };
}

/** The answer for a catalogued problem. */
export function refusal(slug: ProblemSlug, requestId: string, fields: ProblemFields): Response {
  return problemResponse({ ...problemOf(slug, fields), requestId });
}

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': problem.requestId },
  });
}

/** 400 naming each field and its limit, as the contract words them. */
export function badRequest(requestId: string, errors: FieldProblem[]): Response {
  return refusal('invalid-request', requestId, {
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}

export const INVALID_JSON: FieldProblem = {
  field: '(body)',
  message: 'The body is not valid JSON.',
};
