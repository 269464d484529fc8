import { inject } from 'vitest';

import { type ConsoleClient, createConsoleClient } from './kit/client.ts';

/** URLs of the real proxy and emulator started by global-backend.ts. */
export const backendUrls = {
  proxy: () => inject('proxyUrl'),
  emulator: () => inject('emulatorUrl'),
};

/** The kit's Node client on that proxy, for setting up and reading back state in tests. */
export function proxyClient(): ConsoleClient {
  return createConsoleClient({ baseUrl: backendUrls.proxy() });
}
