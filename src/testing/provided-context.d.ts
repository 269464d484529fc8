import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    proxyUrl: string;
    emulatorUrl: string;
  }
}
