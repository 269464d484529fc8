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

initAppI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={createQueryClient({ onUnshownFailure: notifyWriteFailed })}>
      <RouterProvider router={createRouter()} />
    </Providers>
  </StrictMode>,
);
