import { queryOptions } from '@tanstack/react-query';

import { fetchJsonWithLazySchema } from './client';
import { queryKeyRoots } from './query-keys';

/**
 * The emulator's fault rules: the header's indicator polls them on every screen, the emulator
 * panel lists and edits them. Rules change behind the console's back (used up, or added by a
 * test suite), so they are never fresh.
 */
export const faultsQuery = queryOptions({
  queryKey: [...queryKeyRoots.emulator, 'faults'],
  queryFn: async ({ signal }) =>
    (
      await fetchJsonWithLazySchema(
        '/api/emulator/faults',
        async () => (await import('@/shared/contract/emulator-control')).FaultList,
        { signal },
      )
    ).faults,
  staleTime: 0,
});
