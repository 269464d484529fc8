import { MatrixCall, RunItem } from '@/shared/contract/runs';

import type { RunSource } from './run-follower';
import { fetchMatrixCalls, fetchRunItems } from './runs-client';

/** Runs of accounts (friend_add, deletes, blocks, imports, undo, retry): one item per account. */
export const RUN_ITEMS: RunSource<RunItem> = {
  itemSchema: RunItem,
  fetchItems: fetchRunItems,
  keepItems: true,
};

/** Matrix runs: one item per friend_check call, folded into the grid as it arrives. */
export const MATRIX_CALLS: RunSource<MatrixCall> = {
  itemSchema: MatrixCall,
  fetchItems: fetchMatrixCalls,
  keepItems: false,
};
