import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import type { en as commonEn } from '@/shared/i18n/common/en';

import { ConsoleShell } from './app-shell';
import { NotFoundRoute } from './routes/not-found-route';
import { ScreenErrorRoute } from './routes/screen-error-route';

/** Read by the shell to set the document title: "Accounts · Friend Console". */
export interface ScreenHandle {
  /** A key of the `common` namespace's screen names. */
  title: ScreenTitleKey;
}
type ScreenTitleKey = `common:screens.${keyof (typeof commonEn)['screens']}`;

/** Each screen is its own chunk, so the first page loads only what it shows. */
export const screenRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/add" replace /> },
  {
    path: 'add',
    handle: { title: 'common:screens.add' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/friend-add/components/friend-add-screen'))
        .FriendAddScreen,
    }),
  },
  {
    path: 'matrix',
    handle: { title: 'common:screens.matrix' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/relation-matrix/components/relation-matrix-screen'))
        .RelationMatrixScreen,
    }),
  },
  {
    path: 'accounts',
    handle: { title: 'common:screens.accounts' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/accounts/components/accounts-screen')).AccountsScreen,
    }),
  },
  {
    path: 'relations',
    handle: { title: 'common:screens.relations' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/user-relations/components/user-relations-screen'))
        .UserRelationsScreen,
    }),
  },
  {
    path: 'plans',
    handle: { title: 'common:screens.plans' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/plans/components/plans-screen')).PlansScreen,
    }),
  },
  {
    path: 'history',
    handle: { title: 'common:screens.history' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/history/components/history-screen')).HistoryScreen,
    }),
  },
  {
    path: 'runs/:id',
    handle: { title: 'common:screens.run' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/history/components/run-detail-screen')).RunDetailScreen,
    }),
  },
  {
    path: 'emulator',
    handle: { title: 'common:screens.emulator' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('@/features/emulator-panel/components/emulator-panel-screen'))
        .EmulatorPanelScreen,
    }),
  },
  {
    path: '*',
    handle: { title: 'common:screens.notFound' } satisfies ScreenHandle,
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
