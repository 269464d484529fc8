import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { Session } from '@/shared/contract/session';

import { fetchJson } from './client';
import { queryKeyRoots } from './query-keys';

export const sessionQuery = queryOptions({
  queryKey: queryKeyRoots.session,
  queryFn: ({ signal }) => fetchJson('/api/session', Session, { signal }),
  staleTime: Infinity,
});

/**
 * May this caller change anything? Until the session is known the controls stay enabled: the
 * proxy refuses a viewer's write anyway, and a flash of disabled buttons helps no one.
 */
export function useWriteAccess(): { canWrite: boolean; readOnlyReason?: string } {
  const { data } = useQuery(sessionQuery);
  const { t } = useTranslation();
  // readOnlyReason: why a write control is disabled, in the words the UI shows.
  return data?.role === 'viewer'
    ? { canWrite: false, readOnlyReason: t('session.viewersReadOnly') }
    : { canWrite: true };
}
