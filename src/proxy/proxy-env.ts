import type { HttpBindings } from '@hono/node-server';

import type { Caller } from './access';

/** What every proxy route can read from its context: Node's request and the values set on the way. */
export type ProxyEnv = {
  Bindings: HttpBindings;
  Variables: { requestId: string; caller: Caller; log: Record<string, unknown> };
};
