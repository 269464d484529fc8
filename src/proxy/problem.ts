import type { FieldProblem } from '@/shared/contract/common';

/** RFC 9457 problem details: every error the proxy itself produces has this shape. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  errors?: FieldProblem[];
}

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': problem.requestId },
  });
}

/** 400 naming each field and its limit, as the contract words them. */
export function badRequest(requestId: string, errors: FieldProblem[]): Response {
  return problemResponse({
    type: 'urn:friend-console:invalid-request',
    title: 'Invalid request',
    status: 400,
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    requestId,
    errors,
  });
}
