import { useMutation } from '@tanstack/react-query';

import { emulatorControl } from '@/api/emulator-control';

import { emulatorQueries } from './emulator-queries';

export function useFaultAddMutation() {
  return useMutation({
    mutationFn: emulatorControl.addFault,
    meta: {
      errorsShownInPlace: true,
      invalidates: [emulatorQueries.faults().queryKey],
    },
  });
}
