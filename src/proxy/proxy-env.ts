import type { Caller } from './access';

/** What every proxy route can read from its context. */
export type ProxyEnv = {
  Variables: { requestId: string; caller: Caller; log: Record<string, unknown> };
};
