import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['src/**/*.test.ts'],
            setupFiles: ['src/testing/setup-i18n.ts'],
            globalSetup: ['src/testing/global-services.ts'],
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['src/testing/setup-i18n.ts', 'src/testing/setup-dom.ts'],
            globalSetup: ['src/testing/global-backend.ts'],
            testTimeout: 20_000,
          },
        },
      ],
    },
  }),
);
