import type { z } from 'zod';

import type { FieldProblem } from '@/shared/contract/common';
import type { EndpointDef, RequestOf, ResponseOf } from '@/shared/contract/endpoints';

import { ApiError } from './api-error';
import { recordTabCall, type TabCall } from './tab-calls';

let baseUrl: string | undefined;

/** Tests in jsdom point the client at a real proxy; the browser uses its own origin. */
export function setApiBaseUrl(url: string | undefined): void {
  baseUrl = url;
}

export function apiUrl(path: string): string {
  return `${baseUrl ?? window.location.origin}${path}`;
}

/** fetch against the proxy: a connection that fails (and was not cancelled) is a network ApiError. */
export async function fetchApi(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(apiUrl(path), init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError({ kind: 'network', detail: (error as Error).message });
  }
}

async function request(
  path: string,
  init: RequestInit,
): Promise<{ response: Response; body: unknown }> {
  const response = await fetchApi(path, init);
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

export interface ProblemBody {
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
}

/** The emulator's control API answers errors as `{ error, problems }`. */
interface ControlErrorBody {
  error?: string;
  problems?: FieldProblem[];
}

/** A proxy problem (problem+json, or what stands in for it) as an ApiError. */
export function proxyError(
  status: number,
  problem: ProblemBody,
  requestId: string | undefined,
  fallbackDetail = '',
): ApiError {
  return new ApiError(
    {
      kind: 'proxy',
      status,
      type: problem.type,
      title: problem.title ?? `HTTP ${status}`,
      detail: problem.detail ?? fallbackDetail,
      errors: problem.errors ?? [],
    },
    requestId,
  );
}

/** The proxy's problem+json (or any non-2xx answer) as an ApiError. */
export async function problemError(response: Response, requestId?: string): Promise<ApiError> {
  const text = await response.text();
  let problem: ProblemBody = {};
  try {
    const body = JSON.parse(text) as ProblemBody & ControlErrorBody;
    problem = {
      type: body.type,
      title: body.title ?? body.error,
      detail: body.detail ?? body.problems?.map((p) => `${p.field}: ${p.message}`).join('; '),
      errors: body.errors ?? body.problems,
    };
  } catch {
    // Not JSON: a reverse proxy's error page, described by its status below.
  }
  return proxyError(response.status, problem, requestId, text.slice(0, 200) || response.statusText);
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
  const started = performance.now();
  const record = (fields: Partial<TabCall> & Pick<TabCall, 'httpStatus'>) =>
    recordTabCall({
      time: new Date().toISOString(),
      api: endpoint.service,
      from: (body as { From_Account?: string }).From_Account,
      request: body,
      durationMs: Math.round(performance.now() - started),
      ...fields,
    });
  let answered: { response: Response; body: unknown };
  try {
    answered = await request(`/api/${endpoint.service}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    // A refusal or a lost connection is a call this tab made too; a cancelled one is not.
    if (error instanceof ApiError) {
      const { failure } = error;
      record({
        httpStatus: failure.kind === 'proxy' ? failure.status : 0,
        requestId: error.requestId,
        response: failure,
      });
    }
    throw error;
  }
  const { response, body: json } = answered;
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const envelope = json as { ActionStatus?: 'OK' | 'FAIL'; ErrorCode?: number } | undefined;
  const attempts = Number(response.headers.get('x-upstream-attempts'));
  record({
    httpStatus: response.status,
    requestId,
    response: json,
    actionStatus: envelope?.ActionStatus,
    errorCode: envelope?.ErrorCode,
    attempts: attempts > 0 ? attempts : undefined,
  });
  return readAnswer(endpoint, json, requestId);
}

/** Tencent's answer to one call: a request-level FAIL throws, the rest is parsed by the contract. */
export function readAnswer<E extends EndpointDef>(
  endpoint: E,
  json: unknown,
  requestId: string | undefined,
): ResponseOf<E> {
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

/** A JSON route of the proxy itself (not a Tencent API), checked against its schema. */
export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.output<S>> {
  const { body, response } = await request(path, init);
  return parse(schema, body, response.headers.get('x-request-id') ?? undefined);
}

/**
 * fetchJson with the schema's module imported while the request is in flight. The shell's own
 * queries use it, so zod and the contract arrive with the first screen's chunk instead of
 * delaying the shell's first paint.
 */
export async function fetchJsonWithLazySchema<S extends z.ZodType>(
  path: string,
  loadSchema: () => Promise<S>,
  init: RequestInit = {},
): Promise<z.output<S>> {
  const [schema, { body, response }] = await Promise.all([loadSchema(), request(path, init)]);
  return parse(schema, body, response.headers.get('x-request-id') ?? undefined);
}
