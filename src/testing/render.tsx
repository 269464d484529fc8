import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { createQueryClient } from '@/api/query-client';
import { theme } from '@/app/theme';
import { notifyWriteFailed } from '@/shared/ui/notify';

/**
 * Renders a screen with the app's real providers, a fresh QueryClient (no retries) and a memory
 * router at `route`; calls go to the real proxy started for the test run.
 */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '*' }: { route?: string; path?: string } = {},
) {
  const queryClient = createQueryClient({ retry: false, onUnshownFailure: notifyWriteFailed });
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [route] });
  const result = render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, queryClient, router };
}

/** A prefix unique to one test, so tests sharing the emulator never see each other's accounts. */
export function uniquePrefix(): string {
  return `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
