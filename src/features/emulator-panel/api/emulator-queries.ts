import { queryOptions } from '@tanstack/react-query';

import { emulatorControl } from '@/api/emulator-control';
import { faultsQuery } from '@/api/faults-query';
import { queryKeyRoots } from '@/api/query-keys';

export const emulatorQueries = {
  seeds: () =>
    queryOptions({
      queryKey: [...queryKeyRoots.emulator, 'seeds'],
      queryFn: emulatorControl.seeds,
      // Which scenario is loaded changes with every reset or import, here or elsewhere.
    }),
  faults: () => faultsQuery,
  calls: () =>
    queryOptions({
      queryKey: [...queryKeyRoots.emulator, 'calls'],
      queryFn: () => emulatorControl.calls(100),
      staleTime: 0,
    }),
};
