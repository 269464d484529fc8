import { useMutation } from '@tanstack/react-query';

import { emulatorControl } from '@/api/emulator-control';
import { queryKeyRoots } from '@/api/query-keys';

/** A new emulator state makes everything read from it stale: relations, accounts, the log. */
const replacesState = {
  errorsShownInPlace: true,
  invalidates: [queryKeyRoots.relations, queryKeyRoots.accounts, queryKeyRoots.emulator],
};

/** Replaces the emulator's state with a named scenario. */
export function useScenarioLoadMutation() {
  return useMutation({ mutationFn: emulatorControl.reset, meta: replacesState });
}

/** Replaces the emulator's state with a saved one (a state file). */
export function useStateImportMutation() {
  return useMutation({ mutationFn: emulatorControl.importState, meta: replacesState });
}
