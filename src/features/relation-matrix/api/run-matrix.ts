import { ApiError } from '@/api/api-error';
import { callEndpoint } from '@/api/client';
import { endpoints } from '@/shared/contract/endpoints';
import type { CheckType } from '@/shared/contract/friend-check';

import { RelationMatrix } from '../build-matrix';
import { planChecks } from '../plan-checks';

export interface MatrixRequest {
  rows: string[];
  columns: string[];
  checkType: CheckType;
}

/** A browser keeps about six connections to one origin; more in flight would only queue. */
const PARALLEL_CALLS = 6;

/** Runs every planned friend_check, filling the matrix as answers arrive. */
export async function runMatrix(
  request: MatrixRequest,
  {
    signal,
    onProgress,
  }: {
    signal?: AbortSignal;
    onProgress?: (matrix: RelationMatrix, done: number, total: number) => void;
  },
): Promise<RelationMatrix> {
  const matrix = new RelationMatrix(request.rows, request.columns, request.checkType);
  const calls = planChecks(request.rows, request.columns, request.checkType);
  let next = 0;
  let done = 0;
  onProgress?.(matrix, 0, calls.length);
  async function worker() {
    while (next < calls.length) {
      const call = calls[next++]!;
      try {
        const response = await callEndpoint(
          endpoints.friendCheck,
          { From_Account: call.from, To_Account: call.to, CheckType: request.checkType },
          { signal },
        );
        matrix.apply(call.from, response.InfoItem ?? []);
      } catch (error) {
        if (signal?.aborted) throw error;
        const failure =
          error instanceof ApiError && error.failure.kind === 'tencent'
            ? { code: error.failure.code, info: error.failure.info }
            : { code: -1, info: error instanceof Error ? error.message : String(error) };
        matrix.fail(call.from, call.to, failure);
      }
      done += 1;
      onProgress?.(matrix, done, calls.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CALLS, calls.length) }, worker));
  return matrix;
}
