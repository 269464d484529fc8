import { inject } from 'vitest';

/** URLs of the real proxy and emulator started by global-backend.ts. */
export const backendUrls = {
  proxy: () => inject('proxyUrl'),
  emulator: () => inject('emulatorUrl'),
};
