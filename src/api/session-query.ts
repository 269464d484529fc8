import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { fetchJsonWithLazySchema } from './client';
import { queryKeyRoots } from './query-keys';

export const sessionQuery = queryOptions({
  queryKey: queryKeyRoots.session,
  queryFn: ({ signal }) =>
    fetchJsonWithLazySchema(
      '/api/session',
      async () => (await import('@/shared/contract/session')).Session,
      { signal },
    ),
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
