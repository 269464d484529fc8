import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { FINISHED_STATUSES } from '@/shared/contract/runs';
import { parsePlanText } from '@/shared/lib/plan-text';

import { type PlanReview, planQueries } from './api/plan-queries';
import { usePlanApplyMutation } from './api/use-plan-apply-mutation';

/**
 * Everything the Plans screen does: the plan text (typed, uploaded or saved from a matrix run),
 * its review, and applying it. Any edit drops the review and the run, which were of the old text.
 */
export function usePlanSession(matrixRun: string | undefined) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('plan.yaml');
  const [review, setReview] = useState<PlanReview>();
  const [runId, setRunId] = useState<string>();
  const saved = useQuery(planQueries.fromRun(matrixRun));
  const diff = useQuery(planQueries.diff(review));
  const apply = usePlanApplyMutation();
  const applied = useQuery(planQueries.run(runId)).data;

  const parsed = text.trim() === '' ? undefined : parsePlanText(text);
  const plan = parsed?.ok ? parsed.plan : undefined;

  const edit = (value: string) => {
    setText(value);
    setReview(undefined);
    apply.reset();
    setRunId(undefined);
  };
  // A matrix run saved as a plan fills the editor once; later edits are the operator's.
  const [filledFrom, setFilledFrom] = useState<string>();
  if (saved.data && matrixRun && filledFrom !== matrixRun) {
    setFilledFrom(matrixRun);
    setFileName(`matrix-${matrixRun}.json`);
    setText(`${JSON.stringify(saved.data, null, 2)}\n`);
  }

  return {
    editor: {
      text,
      fileName,
      parsed,
      plan,
      edit,
      upload: async (file: File | null) => {
        if (!file) return;
        setFileName(file.name);
        edit(await file.text());
      },
    },
    saved,
    review: {
      diff,
      start: () => plan && setReview({ id: crypto.randomUUID(), plan }),
    },
    apply: {
      error: apply.error,
      runId,
      busy:
        apply.isPending ||
        (runId !== undefined && !(applied && FINISHED_STATUSES.has(applied.status))),
      start: () => {
        if (!plan) return;
        setRunId(undefined);
        apply.mutate(plan, { onSuccess: (accepted) => setRunId(accepted.id) });
      },
    },
  };
}

export type PlanSession = ReturnType<typeof usePlanSession>;
