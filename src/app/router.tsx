import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import type { en as commonEn } from '@/shared/i18n/common/en';

import { ConsoleShell } from './app-shell';
import { type Namespace, withCatalogues } from './i18n';
import { ScreenErrorRoute } from './routes/screen-error-route';

/** Read by the shell to set the document title: "Accounts · Friend Console". */
export interface ScreenHandle {
  /** A key of the `common` namespace's screen names. */
  title: ScreenTitleKey;
}
type ScreenTitleKey = `common:screens.${keyof (typeof commonEn)['screens']}`;

/** A screen's chunk and its feature's words, fetched together when the route is first visited. */
function screen<M>(
  namespace: Namespace,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
) {
  return async () => ({ Component: pick(await withCatalogues([namespace], load())) });
}

/** Each screen is its own chunk, with its words, so the first page loads only what it shows. */
export const screenRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/add" replace /> },
  {
    path: 'add',
    handle: { title: 'common:screens.add' } satisfies ScreenHandle,
    lazy: screen(
      'friendAdd',
      () => import('@/features/friend-add/components/friend-add-screen'),
      (module) => module.FriendAddScreen,
    ),
  },
  {
    path: 'matrix',
    handle: { title: 'common:screens.matrix' } satisfies ScreenHandle,
    lazy: screen(
      'relationMatrix',
      () => import('@/features/relation-matrix/components/relation-matrix-screen'),
      (module) => module.RelationMatrixScreen,
    ),
  },
  {
    path: 'accounts',
    handle: { title: 'common:screens.accounts' } satisfies ScreenHandle,
    lazy: screen(
      'accounts',
      () => import('@/features/accounts/components/accounts-screen'),
      (module) => module.AccountsScreen,
    ),
  },
  {
    path: 'relations',
    handle: { title: 'common:screens.relations' } satisfies ScreenHandle,
    lazy: screen(
      'userRelations',
      () => import('@/features/user-relations/components/user-relations-screen'),
      (module) => module.UserRelationsScreen,
    ),
  },
  {
    path: 'plans',
    handle: { title: 'common:screens.plans' } satisfies ScreenHandle,
    lazy: screen(
      'plans',
      () => import('@/features/plans/components/plans-screen'),
      (module) => module.PlansScreen,
    ),
  },
  {
    path: 'history',
    handle: { title: 'common:screens.history' } satisfies ScreenHandle,
    lazy: screen(
      'history',
      () => import('@/features/history/components/history-screen'),
      (module) => module.HistoryScreen,
    ),
  },
  {
    path: 'runs/:id',
    handle: { title: 'common:screens.run' } satisfies ScreenHandle,
    lazy: screen(
      'history',
      () => import('@/features/history/components/run-detail-screen'),
      (module) => module.RunDetailScreen,
    ),
  },
  {
    path: 'emulator',
    handle: { title: 'common:screens.emulator' } satisfies ScreenHandle,
    lazy: screen(
      'emulatorPanel',
      () => import('@/features/emulator-panel/components/emulator-panel-screen'),
      (module) => module.EmulatorPanelScreen,
    ),
  },
  {
    path: '*',
    handle: { title: 'common:screens.notFound' } satisfies ScreenHandle,
    lazy: async () => ({
      Component: (await import('./routes/not-found-route')).NotFoundRoute,
    }),
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
