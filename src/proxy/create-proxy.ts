import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Logger } from 'pino';

import type { TargetDescription } from '@/shared/contract/target';

import { type AccessConfig, hasAccessMethod } from './access';
import { callerCheck, signIn } from './access-guard';
import type { AuditLog } from './audit-log';
import { type AuthThrottle, createAuthThrottle } from './auth-throttle';
import type { UpstreamCredentials } from './config';
import { answerError } from './early-refusal';
import { createEmulatorForwarding } from './emulator-forwarding';
import { installGuards } from './guards';
import type { HostPolicy } from './host-check';
import { createPacer, type Pacer } from './pacer';
import { createPlanRoutes } from './plans/plan-routes';
import { refusal } from './problem';
import type { ProxyEnv } from './proxy-env';
import { requestContext, requestLog } from './request-context';
import type { RunEngine } from './runs/run-engine';
import { createRunRoutes } from './runs/run-routes';
import type { RunStore } from './runs/run-store';
import { createTencentRoutes } from './tencent-routes';
import {
  type CallUpstream,
  createUpstream,
  DEFAULT_CALL_DEADLINE_MS,
  type UpstreamTransport,
} from './upstream';
import { createUserSigSource, type UserSigSource } from './user-sig-source';

export interface ProxyDeps {
  target: TargetDescription;
  upstream: { baseUrl: string; credentials: UpstreamCredentials };
  userSigs?: UserSigSource;
  /** Reaches the emulator's control API (`/api/emulator/*`). */
  fetch?: typeof fetch;
  /** Carries the API calls; by default node:http(s) with a keep-alive pool. */
  upstreamTransport?: UpstreamTransport;
  clock?: () => number;
  random?: () => number;
  upstreamTimeoutMs?: number;
  /** How long one call may take in all (CALL_DEADLINE_MS). */
  callDeadlineMs?: number;
  /** The largest answer forwarded (MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
  /** Paces calls to each API's limit; by default this process's own budget. */
  pacer?: Pacer;
  /** Without any access method everyone who reaches the port is the local operator. */
  access?: AccessConfig;
  /** Receives one line per write call; none when absent (tests that do not look at it). */
  auditLog?: AuditLog;
  /** The console's public origin behind a reverse proxy; by default the Host header's. */
  publicOrigin?: string;
  /** The `Host` names that reach this console; by default loopback names on the bound port. */
  hosts?: HostPolicy;
  /** Slows wrong credentials per client address; a fresh one per proxy by default. */
  authThrottle?: AuthThrottle;
  /** The built SPA; served with a fallback to index.html for client routes. */
  staticDir?: string;
  logger?: Logger;
  /** The upstream caller to share with a run engine; by default one made from `upstream`. */
  callUpstream?: CallUpstream;
  /** Server-side runs and History; without them those routes answer 404. */
  runs?: { store: RunStore; engine: RunEngine };
}

/**
 * The proxy, in the order a request meets it: context, guards, sign-in, then the routes (Tencent
 * calls, plans, runs and History, the emulator panel), API 404s and the built SPA.
 */
export function createProxy(deps: ProxyDeps): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();
  const access = deps.access ?? { tokens: [], users: [] };
  const callUpstream = deps.callUpstream ?? createProxyUpstream(deps);
  const refuse = callerCheck(deps.publicOrigin);

  app.onError(answerError(deps.logger));
  app.use('*', requestContext);
  installGuards(app, deps.hosts);
  app.use('*', signIn(access, deps.authThrottle ?? createAuthThrottle(), deps.logger));
  app.use('*', requestLog(deps.logger));

  app.get('/api/target', (c) => c.json(deps.target));
  app.get('/api/session', (c) => c.json({ ...c.get('caller'), signedIn: hasAccessMethod(access) }));
  app.route(
    '/',
    createTencentRoutes({
      callUpstream,
      refuse,
      callDeadlineMs: deps.callDeadlineMs ?? DEFAULT_CALL_DEADLINE_MS,
      auditLog: deps.auditLog,
      runStore: deps.runs?.store,
      clock: deps.clock,
      logger: deps.logger,
    }),
  );
  app.route('/', createPlanRoutes({ callUpstream, refuse, runs: deps.runs?.store }));
  if (deps.runs) {
    const { sdkAppId, host, mode } = deps.target;
    const target = { sdkAppId, host, mode };
    app.route(
      '/',
      createRunRoutes({ ...deps.runs, callUpstream, target, refuse, clock: deps.clock }),
    );
  }
  if (deps.target.mode === 'emulator') {
    app.route(
      '/',
      createEmulatorForwarding({ baseUrl: deps.upstream.baseUrl, fetch: deps.fetch, refuse }),
    );
  }
  app.all('/api/*', (c) =>
    refusal('not-found', c.get('requestId'), {
      detail: `${c.req.method} ${c.req.path} is not an API route.`,
    }),
  );
  if (deps.staticDir) {
    app.use('/*', serveStatic({ root: deps.staticDir }));
    app.get('/*', serveStatic({ root: deps.staticDir, path: 'index.html' }));
  }
  return app;
}

/** The paced, signed upstream caller the proxy's routes and its runs share. */
export function createProxyUpstream(deps: ProxyDeps): CallUpstream {
  return createUpstream({
    baseUrl: deps.upstream.baseUrl,
    host: deps.target.host,
    credentials: deps.upstream.credentials,
    userSigs: deps.userSigs ?? createUserSigSource(deps.upstream.credentials, deps.clock),
    pacer: deps.pacer ?? createPacer({}),
    transport: deps.upstreamTransport,
    timeoutMs: deps.upstreamTimeoutMs,
    callDeadlineMs: deps.callDeadlineMs,
    maxAnswerBytes: deps.maxAnswerBytes,
    logger: deps.logger,
    random: deps.random,
  });
}
