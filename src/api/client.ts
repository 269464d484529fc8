import type { z } from 'zod';

import type { FieldProblem } from '@/shared/contract/common';
import type { EndpointDef, RequestOf, ResponseOf } from '@/shared/contract/endpoints';
import { TargetDescription } from '@/shared/contract/target';

import { ApiError } from './api-error';

let baseUrl: string | undefined;

/** Tests in jsdom point the client at a real proxy; the browser uses its own origin. */
export function setApiBaseUrl(url: string | undefined): void {
  baseUrl = url;
}

export function apiUrl(path: string): string {
  return `${baseUrl ?? window.location.origin}${path}`;
}

async function request(
  path: string,
  init: RequestInit,
): Promise<{ response: Response; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError({ kind: 'network', detail: (error as Error).message });
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (!response.ok) throw await problemError(response, requestId);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { response, body };
}

/** The proxy's problem+json (or any non-2xx answer) as an ApiError. */
export async function problemError(response: Response, requestId?: string): Promise<ApiError> {
  const text = await response.text();
  let problem: { title?: string; detail?: string; errors?: FieldProblem[] } = {};
  try {
    problem = JSON.parse(text) as typeof problem;
  } catch {
    // Not JSON: a reverse proxy's error page, described by its status below.
  }
  return new ApiError(
    {
      kind: 'proxy',
      status: response.status,
      title: problem.title ?? `HTTP ${response.status}`,
      detail: problem.detail ?? (text.slice(0, 200) || response.statusText),
      errors: problem.errors ?? [],
    },
    requestId,
  );
}

function parse<S extends z.ZodType>(schema: S, body: unknown, requestId?: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      { kind: 'contract', detail: parsed.error.issues[0]?.message ?? 'bad shape' },
      requestId,
    );
  }
  return parsed.data;
}

/**
 * Calls one Tencent API through the proxy. A request-level FAIL throws ApiError; per-item
 * failures are data in the parsed response.
 */
export async function callEndpoint<E extends EndpointDef>(
  endpoint: E,
  body: RequestOf<E>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ResponseOf<E>> {
  const { response, body: json } = await request(`/api/${endpoint.service}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const envelope = json as
    { ActionStatus?: string; ErrorCode?: number; ErrorInfo?: string } | undefined;
  if (envelope?.ActionStatus === 'FAIL') {
    throw new ApiError(
      { kind: 'tencent', code: envelope.ErrorCode ?? -1, info: envelope.ErrorInfo ?? '' },
      requestId,
    );
  }
  return parse(endpoint.response, json, requestId) as ResponseOf<E>;
}

export async function fetchTarget({
  signal,
}: { signal?: AbortSignal } = {}): Promise<TargetDescription> {
  const { body } = await request('/api/target', { signal });
  return parse(TargetDescription, body);
}
