import type { RunItem } from '@/shared/contract/runs';

/** A stored run item for tests: a successful answer to bob unless the overrides say otherwise. */
export const runItem = (overrides: Partial<RunItem> = {}): RunItem => ({
  index: 0,
  call: 0,
  To_Account: 'bob',
  state: 'done',
  ResultCode: 0,
  ResultInfo: '',
  failure: null,
  undo: null,
  undone: false,
  verified: null,
  finishedAt: null,
  ...overrides,
});
