import type { IncomingMessage } from 'node:http';

import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

import type { Caller } from './access';

/** What every proxy route can read from its context: Node's request and the values set on the way. */
export type ProxyEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string; caller: Caller; log: Record<string, unknown> };
};

/**
 * Node's request under the Fetch one, when the app is served by @hono/node-server directly;
 * undefined when something calls `app.fetch` without it (a wrapper, another runtime).
 */
export function nodeRequest(c: Context<ProxyEnv>): IncomingMessage | undefined {
  return (c.env as ProxyEnv['Bindings'] | undefined)?.incoming;
}
