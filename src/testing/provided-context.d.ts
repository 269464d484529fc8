import 'vitest';

import type { ServiceName } from './services';

declare module 'vitest' {
  export interface ProvidedContext {
    proxyUrl: string;
    emulatorUrl: string;
    /** Which optional services this machine has; see src/testing/global-services.ts. */
    services: Record<ServiceName, boolean>;
  }
}
