import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { isFinished } from '@/api/runs/run-follower';
import { useRunCancelMutation } from '@/api/runs/use-run-cancel-mutation';
import { useRunStartMutation } from '@/api/runs/use-run-start-mutation';
import type { CheckType } from '@/shared/contract/friend-check';
import type { RunRequest } from '@/shared/contract/runs';
import { matrixRunPath, readMatrixLink } from '@/shared/lib/links';

import { uniqueAccounts } from '../build-matrix';
import { MatrixRunStore, type MatrixRunSnapshot } from '../matrix-run-store';

export const TYPE_PARAM: Record<string, CheckType> = {
  both: 'CheckResult_Type_Both',
  single: 'CheckResult_Type_Single',
};

export interface MatrixInput {
  rows: string[];
  /** Empty: the rows again. */
  columns: string[];
  checkType: CheckType;
}

export function toMatrixRun({ rows, columns, checkType }: MatrixInput): RunRequest {
  return {
    kind: 'relation_matrix',
    Rows: rows,
    ...(columns.length > 0 ? { Columns: columns } : {}),
    CheckType: checkType,
  };
}

/** What a link such as /matrix?accounts=a,b&type=single asks for. */
export function inputFromLink(params: URLSearchParams): MatrixInput {
  const link = readMatrixLink(params);
  return {
    rows: uniqueAccounts(link.accounts),
    columns: uniqueAccounts(link.columns),
    checkType: TYPE_PARAM[link.type] ?? 'CheckResult_Type_Both',
  };
}

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
