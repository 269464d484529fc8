import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { isFinished } from '@/api/runs/run-follower';
import { useRunCancelMutation } from '@/api/runs/use-run-cancel-mutation';
import { useRunStartMutation } from '@/api/runs/use-run-start-mutation';
import { matrixRunPath, readMatrixLink } from '@/shared/lib/links';

import { inputFromLink, type MatrixInput, toMatrixRun } from '../matrix-input';
import { MatrixRunStore, type MatrixRunSnapshot } from '../matrix-run-store';

const NO_RUN: MatrixRunSnapshot = { items: [], received: 0, version: 0 };
const noSubscription = () => () => undefined;
const noRun = () => NO_RUN;

/**
 * The matrix run the URL names (`/matrix?run=<id>`), followed live; starting a run puts its id
 * in the URL. An older link with `run=1` and accounts starts one (a read) on arrival.
 */
export function useMatrixRun() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { run: runId, checkOnOpen } = readMatrixLink(params);
  const store = useMemo(() => (runId ? new MatrixRunStore(runId) : undefined), [runId]);
  useEffect(() => store?.start(), [store]);
  const snapshot = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? noRun,
  );
  const start = useRunStartMutation();
  const cancel = useRunCancelMutation();
  const recheck = useMutation({
    mutationFn: (rows: string[]) => store?.recheck(rows) ?? Promise.resolve(),
    meta: { errorsShownInPlace: true },
  });

  const { mutate: startRun } = start;
  // Stable, so that the memoized inputs do not repaint while a run goes.
  const run = useCallback(
    (input: MatrixInput, { replace = false } = {}) =>
      startRun(toMatrixRun(input), {
        onSuccess: ({ id }) => void navigate(matrixRunPath(id), { replace }),
      }),
    [startRun, navigate],
  );

  const autoStarted = useRef(false);
  useEffect(() => {
    if (!checkOnOpen || autoStarted.current) return;
    autoStarted.current = true;
    const input = inputFromLink(params);
    if (input.rows.length > 0) run(input, { replace: true });
  });

  return {
    runId,
    ...snapshot,
    running: snapshot.summary !== undefined && !isFinished(snapshot.summary),
    start: { run, pending: start.isPending, error: start.error },
    cancel: { send: () => runId && cancel.mutate(runId), pending: cancel.isPending },
    recheck: { send: recheck.mutate, pending: recheck.isPending, error: recheck.error },
  };
}
