import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import {
  needsConfirmation,
  type PendingConfirmation,
  type WriteToConfirm,
} from '@/shared/lib/confirm-policy';

import { targetQuery } from './target-query';

/**
 * Runs a write at once, or first asks, as `needsConfirmation` decides. Render the returned
 * `pending` with `<ConfirmWriteDialog pending={…}/>`.
 */
export function useConfirmedWrite() {
  const { data: target } = useQuery(targetQuery);
  const [asked, setAsked] = useState<{ write: WriteToConfirm; run: () => void }>();
  const confirm = (write: WriteToConfirm, run: () => void) => {
    if (needsConfirmation(target, write)) setAsked({ write, run });
    else run();
  };
  const pending: PendingConfirmation | undefined = asked && {
    ...asked.write,
    target,
    onConfirm: () => {
      setAsked(undefined);
      asked.run();
    },
    onCancel: () => setAsked(undefined),
  };
  return { confirm, pending };
}
