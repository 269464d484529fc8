import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { ConsoleShell } from './app-shell';
import { NotFoundRoute } from './routes/not-found-route';
import { ScreenErrorRoute } from './routes/screen-error-route';

/** Read by the shell to set the document title: "Accounts · Friend Console". */
export interface ScreenHandle {
  title: string;
}

/** Each screen is its own chunk, so the first page loads only what it shows. */
export const screenRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/add" replace /> },
  {
    path: 'add',
    handle: { title: 'Add friends' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/friend-add/components/friend-add-screen'))
        .FriendAddScreen,
    }),
  },
  {
    path: 'matrix',
    handle: { title: 'Relation matrix' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/relation-matrix/components/relation-matrix-screen'))
        .RelationMatrixScreen,
    }),
  },
  {
    path: 'accounts',
    handle: { title: 'Accounts' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/accounts/components/accounts-screen')).AccountsScreen,
    }),
  },
  {
    path: 'relations',
    handle: { title: 'Relations of a user' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/user-relations/components/user-relations-screen'))
        .UserRelationsScreen,
    }),
  },
  {
    path: 'plans',
    handle: { title: 'Plans' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/plans/components/plans-screen')).PlansScreen,
    }),
  },
  {
    path: 'history',
    handle: { title: 'History' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/history/components/history-screen')).HistoryScreen,
    }),
  },
  {
    path: 'runs/:id',
    handle: { title: 'Run' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/history/components/run-detail-screen')).RunDetailScreen,
    }),
  },
  {
    path: 'emulator',
    handle: { title: 'Emulator' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/emulator-panel/components/emulator-panel-screen'))
        .EmulatorPanelScreen,
    }),
  },
  {
    path: '*',
    handle: { title: 'Page not found' } satisfies ScreenHandle,
    element: <NotFoundRoute />,
  },
];

export function createRouter() {
  return createBrowserRouter([
    {
      element: <ConsoleShell />,
      // A pathless layer: a screen that fails to load is shown inside the shell, whose
      // navigation still works.
      children: [{ errorElement: <ScreenErrorRoute />, children: screenRoutes }],
    },
  ]);
}
