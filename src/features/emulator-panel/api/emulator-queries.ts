import { queryOptions } from '@tanstack/react-query';

import { emulatorControl } from '@/api/emulator-control';
import { queryKeyRoots } from '@/api/query-keys';

export const emulatorQueries = {
  seeds: () =>
    queryOptions({
      queryKey: [...queryKeyRoots.emulator, 'seeds'],
      queryFn: emulatorControl.seeds,
      // Which scenario is loaded changes with every reset or import, here or elsewhere.
    }),
  faults: () =>
    queryOptions({
      queryKey: [...queryKeyRoots.emulator, 'faults'],
      queryFn: emulatorControl.faults,
      // Rules change behind the console's back (used up, or added by a test suite).
      staleTime: 0,
    }),
  calls: () =>
    queryOptions({
      queryKey: [...queryKeyRoots.emulator, 'calls'],
      queryFn: () => emulatorControl.calls(100),
      staleTime: 0,
    }),
};
