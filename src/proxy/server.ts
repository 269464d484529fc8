/**
 * The proxy's entry. This module holds the admin credential. It must never be imported by
 * browser code, and it never returns the secret key or a UserSig to a client.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { listen, type Listening } from '@/shared/node/listen';

import { hostname } from 'node:os';

import { openAuditLog } from './audit-log';
import type { ProxyConfig, UpstreamCredentials } from './config';
import { createProxy, createProxyUpstream, type ProxyDeps } from './create-proxy';
import { createLogger } from './logger';
import { createPacer, unpaced } from './pacer';
import { createRunEngine } from './runs/run-engine';
import { createRunStore } from './runs/run-store';
import { openDatabase } from './store/database';

const PRUNE_EVERY_MS = 6 * 3600 * 1000;

/** A start that cannot go on; `message` is the one line to print. */
export class StartupError extends Error {}

export interface ProxyUpstream {
  baseUrl: string;
  credentials: UpstreamCredentials;
}

export async function startProxyServer(
  config: ProxyConfig,
  upstream: ProxyUpstream,
  options: { staticDir?: string; quiet?: boolean } = {},
): Promise<Listening> {
  const logger = createLogger({ level: options.quiet ? 'warn' : 'info' });
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, logger) : undefined;
  const auditLog = openAuditLog(config.auditLog);
  const database = await openDatabase(config.database).catch((error: unknown) => {
    redis?.disconnect();
    throw new StartupError(
      config.database.databaseUrl
        ? `DATABASE_URL: cannot use the database at ${redactUrl(config.database.databaseUrl)} (${(error as Error).message})`
        : `DATA_DIR: cannot open the embedded database in ${config.database.dataDir} (${(error as Error).message})`,
    );
  });
  const store = createRunStore(database);
  const deps: ProxyDeps = {
    target: {
      mode: config.mode,
      sdkAppId: upstream.credentials.sdkAppId,
      admin: upstream.credentials.admin,
      region: config.mode === 'tencent' ? config.region : 'emulator',
      host: new URL(upstream.baseUrl).host,
    },
    upstream,
    pacer: config.pacing
      ? createPacer({
          redis,
          onMarginWidened: (service, marginMs) =>
            logger.info({ api: service, marginMs: Math.round(marginMs) }, 'pacing margin widened'),
        })
      : unpaced,
    callDeadlineMs: config.callDeadlineMs,
    maxAnswerBytes: config.maxAnswerBytes,
    access: config.access,
    auditLog,
    publicOrigin: config.publicOrigin,
    hosts: config.hosts,
    staticDir: options.staticDir,
    logger,
  };
  const callUpstream = createProxyUpstream(deps);
  const engine = createRunEngine({
    store,
    callUpstream,
    auditLog,
    logger,
    instanceId: `${hostname()}:${process.pid}`,
  });
  await engine.start();
  const prune = async () => {
    const pruned = await store
      .prune(new Date(), config.retention.runDays, config.retention.auditDays)
      .catch((error: unknown) => logger.warn({ err: error }, 'pruning old runs failed'));
    if (pruned && pruned.runs + pruned.audit > 0) logger.info(pruned, 'pruned old runs and audit');
  };
  await prune();
  const pruning = setInterval(() => void prune(), PRUNE_EVERY_MS);
  pruning.unref();
  const app = createProxy({ ...deps, callUpstream, runs: { store, engine } });
  const server = await listen(app.fetch, { host: config.host, port: config.port });
  return {
    ...server,
    close: async () => {
      clearInterval(pruning);
      await engine.stop();
      await server.close();
      await auditLog.close();
      await database.close();
      redis?.disconnect();
    },
  };
}

/** A connection string without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * A pacing call waits at most this long for a Redis that hangs, so it answers 502 within about
 * 1 s; a Redis that is gone refuses at once. Shorter, a busy event loop times out healthy calls.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 800;

/**
 * Connects the shared pacing store. Commands fail fast instead of queueing while Redis is away
 * (a queued pacing call would leave after its caller gave up); the client reconnects on its own,
 * and an outage is logged once when it starts and once when it ends.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  let connected = false;
  let down = false;
  redis.on('error', (error: Error) => {
    if (!connected || down) return; // at start the one line below says it all
    down = true;
    logger.warn(
      { error: error.message },
      'Redis unreachable; paced calls answer 502 until it is back',
    );
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('Redis is back; pacing resumed');
  });
  try {
    await redis.connect();
    connected = true;
  } catch (error) {
    redis.disconnect();
    const { host } = new URL(url); // without the password
    throw new StartupError(
      `REDIS_URL: cannot reach Redis at ${host} (${(error as Error).message})`,
    );
  }
  return redis;
}
