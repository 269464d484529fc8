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

function apiUrl(path: string): string {
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
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = (body ?? {}) as { title?: string; detail?: string; errors?: FieldProblem[] };
    throw new ApiError(
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
  return { response, body };
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
