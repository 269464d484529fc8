import { type AddressInfo, createServer } from 'node:net';

import { serve, type ServerType } from '@hono/node-server';

export interface Listening {
  url: string;
  port: number;
  server: ServerType;
  close: () => Promise<void>;
}

/** Serves a fetch handler on host:port (0 picks a free port) and resolves once it listens. */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  { host = '127.0.0.1', port = 0 }: { host?: string; port?: number } = {},
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }, (info: AddressInfo) => {
      const hostForUrl = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${hostForUrl}:${info.port}`,
        port: info.port,
        server,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
    // Idle keep-alive sockets stay open longer than clients keep them (undici: 4 s), so a
    // client never sends on a socket the server is closing at the same moment; on a loaded
    // machine Node's 5 s default lost that race.
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = KEEP_ALIVE_MS;
      server.headersTimeout = KEEP_ALIVE_MS + 1000;
    }
  });
}

const KEEP_ALIVE_MS = 65_000;

/**
 * A port that was free a moment ago, for servers that cannot bind port 0 themselves
 * (redis-server, a child `npm start`).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
