import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@/app/contrast.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { createQueryClient } from '@/api/query-client';
import { initAppI18n } from '@/app/i18n';
import { Providers } from '@/app/providers';
import { createRouter } from '@/app/router';
import { notifyWriteFailed } from '@/shared/ui/notify';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// The shell's words in the language in use first (a fetch only for Chinese): no English flash.
void initAppI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={createQueryClient({ onUnshownFailure: notifyWriteFailed })}>
        <RouterProvider router={createRouter()} />
      </Providers>
    </StrictMode>,
  ),
);
