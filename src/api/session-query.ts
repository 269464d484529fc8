import { queryOptions, useQuery } from '@tanstack/react-query';

import { Session } from '@/shared/contract/session';

import { fetchJson } from './client';
import { queryKeyRoots } from './query-keys';

export const sessionQuery = queryOptions({
  queryKey: queryKeyRoots.session,
  queryFn: ({ signal }) => fetchJson('/api/session', Session, { signal }),
  staleTime: Infinity,
});

/** Why a write control is disabled, in the words the UI shows; undefined when it is not. */
export const VIEWER_READ_ONLY = 'Viewers can only read';

/**
 * May this caller change anything? Until the session is known the controls stay enabled: the
 * proxy refuses a viewer's write anyway, and a flash of disabled buttons helps no one.
 */
export function useWriteAccess(): { canWrite: boolean; readOnlyReason?: string } {
  const { data } = useQuery(sessionQuery);
  return data?.role === 'viewer'
    ? { canWrite: false, readOnlyReason: VIEWER_READ_ONLY }
    : { canWrite: true };
}
