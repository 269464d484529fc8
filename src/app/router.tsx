import { createBrowserRouter, Navigate } from 'react-router';

import { FriendAddScreen } from '@/features/friend-add/components/friend-add-screen';
import { RelationMatrixScreen } from '@/features/relation-matrix/components/relation-matrix-screen';

import { ConsoleShell } from './app-shell';
import { NotFoundRoute } from './routes/not-found-route';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <ConsoleShell />,
      children: [
        { index: true, element: <Navigate to="/add" replace /> },
        { path: 'add', element: <FriendAddScreen /> },
        { path: 'matrix', element: <RelationMatrixScreen /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
