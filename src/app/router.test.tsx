import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { createQueryClient } from '@/api/query-client';

import { ConsoleShell } from './app-shell';
import { ScreenErrorRoute } from './routes/screen-error-route';
import { screenRoutes } from './router';
import { theme } from './theme';

function renderApp(children: Parameters<typeof createMemoryRouter>[0], route: string) {
  const router = createMemoryRouter(
    [{ element: <ConsoleShell />, children: [{ errorElement: <ScreenErrorRoute />, children }] }],
    { initialEntries: [route] },
  );
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return router;
}

// Many clicks against a real backend: generous under a loaded machine, still finite.
describe('router', { timeout: 90_000 }, () => {
  it('titles each screen, and follows navigation', async () => {
    const router = renderApp(screenRoutes, '/accounts');
    await waitFor(() => expect(document.title).toBe('Accounts · Friend Console'), {
      timeout: 10_000,
    });
    await router.navigate('/relations');
    await waitFor(() => expect(document.title).toBe('Relations of a user · Friend Console'), {
      timeout: 10_000,
    });
    await router.navigate('/nowhere');
    await waitFor(() => expect(document.title).toBe('Page not found · Friend Console'));
  });

  it('offers a reload, inside the shell, when a screen’s chunk is gone after a redeploy', async () => {
    renderApp(
      [
        {
          path: 'accounts',
          handle: { title: 'Accounts' },
          lazy: () =>
            Promise.reject(
              new TypeError(
                'Failed to fetch dynamically imported module: http://127.0.0.1/assets/accounts-screen-Bx1.js',
              ),
            ),
        },
      ],
      '/accounts',
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('A new version of the console is available');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    const reload = screen.getByRole('button', { name: 'Reload the console' });
    let reloaded = false;
    const location = window.location;
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: { ...location, reload: () => (reloaded = true) },
    });
    try {
      await userEvent.click(reload);
      expect(reloaded).toBe(true);
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: location });
    }
  });
});
