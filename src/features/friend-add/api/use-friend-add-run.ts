import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { isFinished } from '@/api/runs/run-follower';
import { RUN_ITEMS } from '@/api/runs/run-sources';
import { useRun } from '@/api/runs/use-run';
import { useRunCancelMutation } from '@/api/runs/use-run-cancel-mutation';
import { useRunStartMutation } from '@/api/runs/use-run-start-mutation';
import { useRunVerifyMutation } from '@/api/runs/use-run-verify-mutation';
import type { RunRequest } from '@/shared/contract/runs';
import { addRunPath, readAddFriendsLink } from '@/shared/lib/links';

import { classifyRunItem } from '../classify-result';
import { friendAddQueries } from './friend-add-queries';
import { followUpInput, refineResult } from './result-follow-ups';

/**
 * The Add friends run named by the URL (`/add?run=<id>`): its stored results and live progress,
 * and what can be done with it. Every action is a request to the server, so any tab can act.
 */
export function useFriendAddRun() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const runId = readAddFriendsLink(params).run;
  const run = useRun(runId, RUN_ITEMS);
  const undoRun = useRun(run.summary?.undoneBy ?? undefined, RUN_ITEMS);
  const start = useRunStartMutation();
  const undoStart = useRunStartMutation();
  const cancel = useRunCancelMutation();
  const verify = useRunVerifyMutation();
  const running = run.summary !== undefined && !isFinished(run.summary);
  // The results are worded when classified: a language switch words them again.
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const classified = useMemo(
    () => run.items.map((item) => classifyRunItem(item, running)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- classifyRunItem reads the language
    [run.items, running, language],
  );
  const followUps = useQuery(
    friendAddQueries.followUps(followUpInput(run.summary, classified, running)),
  );
  const results = useMemo(
    () => (followUps.data ? classified.map((r) => refineResult(r, followUps.data)) : classified),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refineResult reads the language
    [classified, followUps.data, language],
  );

  // Once the undo run ends, the rows it deleted read "Undone": read the run again, once.
  const reloadedFor = useRef<string>(undefined);
  const undoEnded = isFinished(undoRun.summary) ? undoRun.summary?.id : undefined;
  useEffect(() => {
    if (undoEnded === undefined || reloadedFor.current === undoEnded) return;
    reloadedFor.current = undoEnded;
    run.follower?.reload();
  }, [undoEnded, run.follower]);

  const open = (body: RunRequest) =>
    start.mutate(body, { onSuccess: ({ id }) => void navigate(addRunPath(id)) });
  const actOnRun = (act: (id: string) => void) => () => {
    if (runId) act(runId);
  };

  return {
    runId,
    run,
    results,
    undoRun,
    running,
    start: { send: open, pending: start.isPending, error: start.error },
    cancel: {
      send: actOnRun((id) => cancel.mutate(id)),
      pending: cancel.isPending,
    },
    verify: {
      send: actOnRun((id) => verify.mutate(id, { onSuccess: () => run.follower?.reload() })),
      pending: verify.isPending,
      error: verify.error,
    },
    /** A new run of these accounts of this run, as they were sent, or forced. */
    retry: (accounts: string[], force = false) =>
      runId &&
      open({
        kind: 'retry',
        run: runId,
        To_Account: accounts,
        ...(force ? { ForceAddFlags: 1 as const } : {}),
      }),
    undo: {
      send: actOnRun((id) =>
        undoStart.mutate({ kind: 'undo', run: id }, { onSettled: () => run.follower?.reload() }),
      ),
      pending: undoStart.isPending,
      error: undoStart.error,
      reset: undoStart.reset,
    },
  };
}
export type FriendAddRun = ReturnType<typeof useFriendAddRun>;
