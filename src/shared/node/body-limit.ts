import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Hono's bodyLimit, without reading `c.req.raw.body` when the request declares its length. Under
 * @hono/node-server that property turns the request into a full Fetch Request with a web stream
 * of the body, which cost the emulator an eighth of its CPU per friend_check; a declared length is
 * enforced by Node's HTTP parser, and `c.req.text()` then reads the body straight from Node.
 * Bodies without a length (chunked) are counted as they stream, as before.
 */
export function limitBodySize(
  maxSize: number,
  onError: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const streaming = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? onError(c) : next();
    }
    return streaming(c, next);
  };
}
