import { recheckRows } from './api/run-matrix';
import { isFinished, RunFollower, type RunSnapshot } from '@/api/runs/run-follower';
import { MATRIX_CALLS } from '@/api/runs/run-sources';
import { type MatrixCall, RelationMatrixRunRequest, type RunSummary } from '@/shared/contract/runs';

import type { MatrixInput } from './matrix-input';
import { RelationMatrix } from './build-matrix';

export interface MatrixRunSnapshot extends RunSnapshot<MatrixCall> {
  /** The grid of the run's request, filled from its stored and live calls. */
  matrix?: RelationMatrix;
  /** What the run was asked, read once: the same object for every snapshot of the run. */
  input?: MatrixInput;
}

interface MatrixOfRun {
  matrix: RelationMatrix;
  input: MatrixInput;
}

/** The matrix a run's request describes; undefined for a run of another kind. */
export function matrixOfRun(summary: RunSummary): MatrixOfRun | undefined {
  const request = RelationMatrixRunRequest.safeParse(summary.request);
  if (!request.success) return undefined;
  const { Rows, Columns, CheckType } = request.data;
  return {
    matrix: new RelationMatrix(Rows, Columns ?? Rows, CheckType),
    input: { rows: Rows, columns: Columns ?? [], checkType: CheckType },
  };
}

/**
 * A matrix run, read with useSyncExternalStore: each call folds into one typed-array grid as it
 * arrives, and the screen repaints from the follower's snapshots (at most ten a second).
 */
export class MatrixRunStore {
  private ofRun?: MatrixOfRun;
  private readonly follower: RunFollower<MatrixCall>;
  private seen?: RunSnapshot<MatrixCall>;
  private snapshot: MatrixRunSnapshot = { items: [], received: 0, version: 0 };

  readonly id: string;

  constructor(id: string) {
    this.id = id;
    this.follower = new RunFollower(id, MATRIX_CALLS, (calls, summary) => {
      const matrix = this.matrixFor(summary);
      // While the run goes, a call not answered yet leaves its cells pending; the follower
      // hands such calls over again once the run has ended and their state is final.
      const final = isFinished(summary);
      for (const call of calls) if (final || call.state === 'done') matrix?.applyCall(call);
    });
  }

  // Read once: every progress event carries the request again, and parsing its thousands of
  // accounts per repaint (or handing the inputs a new object, which re-measures their
  // autosizing textareas) was the largest cost of a live run in the browser.
  private ofRunFor(summary: RunSummary): MatrixOfRun | undefined {
    this.ofRun ??= matrixOfRun(summary);
    return this.ofRun;
  }

  private matrixFor(summary: RunSummary): RelationMatrix | undefined {
    return this.ofRunFor(summary)?.matrix;
  }

  subscribe = (listener: () => void) => this.follower.subscribe(listener);

  getSnapshot = (): MatrixRunSnapshot => {
    const current = this.follower.getSnapshot();
    if (current !== this.seen) {
      this.seen = current;
      const ofRun = current.summary ? this.ofRunFor(current.summary) : undefined;
      this.snapshot = { ...current, matrix: ofRun?.matrix, input: ofRun?.input };
    }
    return this.snapshot;
  };

  start = () => this.follower.start();

  /** "Check again": asks friend_check now for these rows and paints the answers into the grid. */
  recheck = async (rows: readonly string[]): Promise<void> => {
    if (!this.ofRun) return;
    await recheckRows(this.ofRun.matrix, rows, { onProgress: this.follower.touch });
  };
}
