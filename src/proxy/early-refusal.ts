import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

import { refusal } from './problem';
import { nodeRequest, type ProxyEnv } from './proxy-env';

/**
 * An answer sent before the request's body was read (413, 401, 403, 415, 421, 429…) closes the
 * connection: the unread rest of the body would otherwise be taken for the next request on it,
 * and the client would see that request reset. The server drains what is in flight before it
 * closes, so the client still reads the answer.
 */
export const closeUnreadBodies: MiddlewareHandler<ProxyEnv> = async (c, next) => {
  await next();
  if (nodeRequest(c)?.complete === false) c.res.headers.set('connection', 'close');
};

/**
 * One answer and one log line for anything a handler throws: a client that goes away in the
 * middle of its body is a normal event, not a stack trace.
 */
export function answerError(logger: Logger | undefined) {
  return (error: Error, c: Context<ProxyEnv>): Response => {
    const requestId = c.get('requestId');
    const aborted = c.req.raw.signal.aborted || nodeRequest(c)?.complete === false;
    const status = aborted ? 400 : 500;
    const fields = { requestId, method: c.req.method, path: c.req.path, status };
    // A client leaving is routine: its reason is enough. A real failure keeps its stack, which
    // pino writes inside the same JSON line.
    if (aborted) logger?.warn({ ...fields, error: error.message }, 'request aborted');
    else logger?.error({ ...fields, err: error }, 'request failed');
    const response = refusal(aborted ? 'request-aborted' : 'internal-error', requestId, {
      detail: aborted
        ? 'The request ended before its body was complete.'
        : `The proxy failed on this request (request id ${requestId}); the log has the reason.`,
    });
    if (aborted) response.headers.set('connection', 'close');
    return response;
  };
}
