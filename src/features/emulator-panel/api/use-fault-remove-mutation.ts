import { useMutation } from '@tanstack/react-query';

import { emulatorControl } from '@/api/emulator-control';

import { emulatorQueries } from './emulator-queries';

/** Removes one rule by id, or every rule when called without one. */
export function useFaultRemoveMutation() {
  return useMutation({
    mutationFn: (id?: string) =>
      id === undefined ? emulatorControl.clearFaults() : emulatorControl.removeFault(id),
    meta: {
      errorsShownInPlace: true,
      invalidates: [emulatorQueries.faults().queryKey],
    },
  });
}
