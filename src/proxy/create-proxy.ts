import { randomUUID } from 'node:crypto';

import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';

import { describeIssues } from '@/shared/contract/common';
import { findEndpoint } from '@/shared/contract/endpoints';
import type { TargetDescription } from '@/shared/contract/target';
import { tencentUrl } from '@/shared/node/tencent-url';

import type { UpstreamCredentials } from './config';
import { problemResponse } from './problem';
import { createUserSigSource, type UserSigSource } from './user-sig-source';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Tencent's backend gives up at 3 s (contract §1.3); wait a little longer than it does. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;

export interface ProxyDeps {
  target: TargetDescription;
  upstream: { baseUrl: string; credentials: UpstreamCredentials };
  userSigs?: UserSigSource;
  fetch?: typeof fetch;
  clock?: () => number;
  upstreamTimeoutMs?: number;
  /** The built SPA; served with a fallback to index.html for client routes. */
  staticDir?: string;
  logger?: Logger;
}

type Variables = { requestId: string };

export function createProxy(deps: ProxyDeps): Hono<{ Variables: Variables }> {
  const app = new Hono<{ Variables: Variables }>();
  const upstreamFetch = deps.fetch ?? fetch;
  const userSigs = deps.userSigs ?? createUserSigSource(deps.upstream.credentials, deps.clock);
  const timeoutMs = deps.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const { credentials } = deps.upstream;

  app.use('/api/*', async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    deps.logger?.info(
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round(performance.now() - started),
      },
      'api request',
    );
  });

  app.get('/api/target', (c) => c.json(deps.target));

  app.post(
    '/api/v4/:service/:command',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problemResponse({
          type: 'urn:friend-console:body-too-large',
          title: 'Request body too large',
          status: 413,
          detail: `The body exceeds ${MAX_BODY_BYTES} bytes (1 MiB).`,
          requestId: c.get('requestId'),
        }),
    }),
    async (c) => {
      const requestId = c.get('requestId');
      const service = `v4/${c.req.param('service')}/${c.req.param('command')}`;
      const endpoint = findEndpoint(service);
      if (!endpoint) return notFound(requestId, `${service} is not an API this console forwards.`);
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
        return problemResponse({
          type: 'urn:friend-console:unsupported-media-type',
          title: 'Unsupported media type',
          status: 415,
          detail: 'Send the body as application/json.',
          requestId,
        });
      }
      const text = await c.req.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return badRequest(requestId, 'The body is not valid JSON.');
      }
      const parsed = endpoint.request.safeParse(body);
      if (!parsed.success) {
        const errors = describeIssues(parsed.error);
        return badRequest(
          requestId,
          errors.map((e) => `${e.field}: ${e.message}`).join('; '),
          errors,
        );
      }
      return forward(service, text, requestId);
    },
  );

  app.all('/api/*', (c) =>
    notFound(c.get('requestId'), `${c.req.method} ${c.req.path} is not an API route.`),
  );

  if (deps.staticDir) {
    app.use('/*', serveStatic({ root: deps.staticDir }));
    app.get('/*', serveStatic({ root: deps.staticDir, path: 'index.html' }));
  }

  async function forward(service: string, body: string, requestId: string): Promise<Response> {
    const url = tencentUrl(deps.upstream.baseUrl, service, {
      sdkAppId: credentials.sdkAppId,
      identifier: credentials.admin,
      userSig: userSigs.current(),
    });
    let upstream: Response;
    let text: string;
    try {
      upstream = await upstreamFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await upstream.text();
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      deps.logger?.warn({ requestId, service, error: (error as Error).message }, 'upstream failed');
      return problemResponse({
        type: timedOut
          ? 'urn:friend-console:upstream-timeout'
          : 'urn:friend-console:upstream-unreachable',
        title: timedOut
          ? 'Tencent Chat did not answer in time'
          : 'Tencent Chat could not be reached',
        status: timedOut ? 504 : 502,
        detail: timedOut
          ? `No answer from ${deps.target.host} within ${timeoutMs / 1000} s.`
          : `The connection to ${deps.target.host} failed (${(error as Error).message}).`,
        requestId,
      });
    }
    if (upstream.status !== 200 || !isJson(text)) {
      return problemResponse({
        type: 'urn:friend-console:upstream-bad-response',
        title: 'Tencent Chat answered with an error',
        status: 502,
        detail: `${deps.target.host} answered HTTP ${upstream.status}${upstream.status === 200 ? ' with a body that is not JSON' : ''}.`,
        requestId,
      });
    }
    return new Response(text, {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId },
    });
  }

  return app;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function notFound(requestId: string, detail: string): Response {
  return problemResponse({
    type: 'urn:friend-console:not-found',
    title: 'Not found',
    status: 404,
    detail,
    requestId,
  });
}

function badRequest(
  requestId: string,
  detail: string,
  errors?: ReturnType<typeof describeIssues>,
): Response {
  return problemResponse({
    type: 'urn:friend-console:invalid-request',
    title: 'Invalid request',
    status: 400,
    detail,
    requestId,
    ...(errors ? { errors } : {}),
  });
}
