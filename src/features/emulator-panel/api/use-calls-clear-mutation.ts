import { useMutation } from '@tanstack/react-query';

import { emulatorControl } from '@/api/emulator-control';

import { emulatorQueries } from './emulator-queries';

export function useCallsClearMutation() {
  return useMutation({
    mutationFn: emulatorControl.clearCalls,
    meta: { invalidates: [emulatorQueries.calls().queryKey] },
  });
}
