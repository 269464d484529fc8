import { vi } from 'vitest';

import { setApiBaseUrl } from '@/api/client';

import { backendUrls } from './backend-urls';
import { startBackend, type TestBackend } from './start-backend';

const VIEWER_TOKEN = 'viewer-token-for-component-tests';

/**
 * A second proxy that knows only a viewer token, with the browser's fetch sending it (as a
 * browser resends the credentials it signed in with). Call `stop()` to go back to the shared
 * backend.
 */
export async function startViewerBackend({ runs = false } = {}): Promise<TestBackend> {
  const backend = await startBackend({
    proxy: { access: { tokens: [{ token: VIEWER_TOKEN, role: 'viewer' }], users: [] } },
    runs,
  });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${VIEWER_TOKEN}`);
    return realFetch(input, { ...init, headers });
  });
  setApiBaseUrl(backend.proxyUrl);
  return {
    ...backend,
    stop: async () => {
      vi.unstubAllGlobals();
      setApiBaseUrl(backendUrls.proxy());
      await backend.stop();
    },
  };
}
