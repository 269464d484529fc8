import { readFileSync } from 'node:fs';

import { z } from 'zod';

import { type AccessConfig, hasAccessMethod, isLoopback, parseAccess } from './access';
import { DEFAULT_AUDIT_LOG } from './audit-log';
import { type HostPolicy, parseHost } from './host-check';
import { REGION_DOMAINS, REGIONS } from './regions';
import { DEFAULT_CALL_DEADLINE_MS, DEFAULT_MAX_ANSWER_BYTES } from './upstream';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const Env = z.object({
  PORT: port(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  TIM_SDKAPPID: z.coerce.number().int().positive().optional(),
  TIM_SECRET_KEY: z.string().min(1).optional(),
  TIM_SECRET_KEY_FILE: z.string().min(1).optional(),
  TIM_ADMIN: z.string().min(1).default('administrator'),
  TIM_REGION: z.enum(REGIONS).optional(),
  TIM_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  PROXY_PACING: z.enum(['on', 'off']).default('on'),
  CALL_DEADLINE_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(600_000)
    .default(DEFAULT_CALL_DEADLINE_MS),
  MAX_ANSWER_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(1024 * 1024 * 1024)
    .default(DEFAULT_MAX_ANSWER_BYTES),
  AUDIT_LOG: z.string().min(1).default(DEFAULT_AUDIT_LOG),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  RUN_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(90),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).optional(),
  PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  ALLOWED_HOSTS: z.string().optional(),
  AUTH_TOKEN: z.string().optional(),
  AUTH_VIEWER_TOKEN: z.string().optional(),
  AUTH_USERS: z.string().optional(),
  AUTH_PROXY_HEADER: z.string().optional(),
  AUTH_PROXY_ADDRESSES: z.string().optional(),
  AUTH_PROXY_OPERATORS: z.string().optional(),
});

export interface UpstreamCredentials {
  sdkAppId: number;
  secretKey: string;
  admin: string;
}

export type ProxyConfig = {
  host: string;
  port: number;
  access: AccessConfig;
  /** Several instances share the rate budget through this Redis. */
  redisUrl?: string;
  /** Off only to measure the proxy itself; the API then answers 60007 under load. */
  pacing: boolean;
  /** How long one call may take in all, pacing and resends included. */
  callDeadlineMs: number;
  /** The largest upstream answer the proxy forwards. */
  maxAnswerBytes: number;
  auditLog: string;
  publicOrigin?: string;
  /** Runs, History and the audit trail: the embedded database here, or DATABASE_URL's server. */
  database: { dataDir: string; databaseUrl?: string };
  retention: { runDays: number; auditDays?: number };
  /** The `Host` names browsers use to reach the console (DNS rebinding defence). */
  hosts: HostPolicy;
} & (
  | { mode: 'emulator' }
  | { mode: 'tencent'; credentials: UpstreamCredentials; baseUrl: string; region: string }
);

export type ConfigResult = { ok: true; config: ProxyConfig } | { ok: false; problems: string[] };

/**
 * Reads the proxy's configuration. With TIM_SDKAPPID unset the console targets the embedded
 * emulator; with it set, the real service. Every bad variable is reported, one line each.
 */
export function parseProxyConfig(env: Record<string, string | undefined>): ConfigResult {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(blankless);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const vars = parsed.data;
  const { access, problems } = parseAccess(vars);
  if (!isLoopback(vars.HOST) && !hasAccessMethod(access)) {
    problems.push(
      `HOST: ${vars.HOST} is reachable from other machines, and whoever reaches the console holds the app admin's power; set AUTH_TOKEN, AUTH_USERS or AUTH_PROXY_HEADER (README: Security), or bind 127.0.0.1`,
    );
  }
  const hosts = parseHosts(vars, problems);
  const base = {
    hosts,
    host: vars.HOST,
    port: vars.PORT,
    access,
    redisUrl: vars.REDIS_URL,
    pacing: vars.PROXY_PACING === 'on',
    callDeadlineMs: vars.CALL_DEADLINE_MS,
    maxAnswerBytes: vars.MAX_ANSWER_BYTES,
    auditLog: vars.AUDIT_LOG,
    publicOrigin: vars.PUBLIC_ORIGIN?.replace(/\/+$/, ''),
    database: { dataDir: vars.DATA_DIR, databaseUrl: vars.DATABASE_URL },
    retention: { runDays: vars.RUN_RETENTION_DAYS, auditDays: vars.AUDIT_RETENTION_DAYS },
  };
  if (vars.TIM_SDKAPPID === undefined) {
    return problems.length > 0
      ? { ok: false, problems }
      : { ok: true, config: { ...base, mode: 'emulator' } };
  }
  let secretKey = vars.TIM_SECRET_KEY;
  if (vars.TIM_SECRET_KEY_FILE !== undefined) {
    try {
      secretKey = readFileSync(vars.TIM_SECRET_KEY_FILE, 'utf8').trim();
    } catch (error) {
      problems.push(
        `TIM_SECRET_KEY_FILE: cannot read ${vars.TIM_SECRET_KEY_FILE} (${(error as Error).message})`,
      );
    }
  }
  if (!secretKey && vars.TIM_SECRET_KEY_FILE === undefined) {
    problems.push(
      'TIM_SECRET_KEY: required when TIM_SDKAPPID is set (or give TIM_SECRET_KEY_FILE)',
    );
  }
  if (vars.TIM_REGION === undefined && vars.TIM_BASE_URL === undefined) {
    problems.push(
      `TIM_REGION: required when TIM_SDKAPPID is set (one of ${REGIONS.join(', ')}), or set TIM_BASE_URL`,
    );
  }
  if (problems.length > 0 || !secretKey) return { ok: false, problems };
  const baseUrl = vars.TIM_BASE_URL ?? `https://${REGION_DOMAINS[vars.TIM_REGION ?? 'china']}`;
  return {
    ok: true,
    config: {
      ...base,
      mode: 'tencent',
      credentials: { sdkAppId: vars.TIM_SDKAPPID, secretKey, admin: vars.TIM_ADMIN },
      baseUrl: baseUrl.replace(/\/+$/, ''),
      region: vars.TIM_REGION ?? 'custom',
    },
  };
}

/**
 * Which `Host` headers reach the console: loopback names when bound to loopback, plus
 * PUBLIC_ORIGIN's host and ALLOWED_HOSTS. Bound elsewhere, at least one name is required, or no
 * browser could use the console.
 */
function parseHosts(
  vars: { HOST: string; PUBLIC_ORIGIN?: string; ALLOWED_HOSTS?: string },
  problems: string[],
): HostPolicy {
  const entries = (vars.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = entries.filter((entry) => parseHost(entry) === undefined);
  if (bad.length > 0) {
    problems.push(`ALLOWED_HOSTS: not a host name or host:port: ${bad.join(', ')}`);
  }
  const allowed = [
    ...(vars.PUBLIC_ORIGIN ? [new URL(vars.PUBLIC_ORIGIN).host] : []),
    ...entries.filter((entry) => !bad.includes(entry)),
  ];
  const loopback = isLoopback(vars.HOST);
  if (!loopback && allowed.length === 0) {
    problems.push(
      `ALLOWED_HOSTS: HOST ${vars.HOST} is not loopback, so name the hosts browsers use to reach the console (e.g. console.example.com,10.0.0.7:8080), or set PUBLIC_ORIGIN`,
    );
  }
  return { loopback, allowed };
}
