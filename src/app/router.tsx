import { createBrowserRouter, Navigate } from 'react-router';

import { ConsoleShell } from './app-shell';
import { NotFoundRoute } from './routes/not-found-route';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <ConsoleShell />,
      children: [
        { index: true, element: <Navigate to="/add" replace /> },
        // Each screen is its own chunk, so the first page loads only what it shows.
        {
          path: 'add',
          lazy: async () => ({
            Component: (await import('@/features/friend-add/components/friend-add-screen'))
              .FriendAddScreen,
          }),
        },
        {
          path: 'matrix',
          lazy: async () => ({
            Component: (
              await import('@/features/relation-matrix/components/relation-matrix-screen')
            ).RelationMatrixScreen,
          }),
        },
        {
          path: 'accounts',
          lazy: async () => ({
            Component: (await import('@/features/accounts/components/accounts-screen'))
              .AccountsScreen,
          }),
        },
        {
          path: 'relations',
          lazy: async () => ({
            Component: (await import('@/features/user-relations/components/user-relations-screen'))
              .UserRelationsScreen,
          }),
        },
        {
          path: 'emulator',
          lazy: async () => ({
            Component: (await import('@/features/emulator-panel/components/emulator-panel-screen'))
              .EmulatorPanelScreen,
          }),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
