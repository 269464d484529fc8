import { describe, expect, it } from 'vitest';

import type { RunItem } from '@/shared/contract/runs';

import { classifyRunItem } from './classify-result';

const item = (overrides: Partial<RunItem>): RunItem => ({
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

describe('classifyRunItem', () => {
  it('says which of the three states a finished run left each item in', () => {
    const notSent = classifyRunItem(item({ state: 'not_sent', ResultCode: null }), false);
    expect(notSent).toMatchObject({ status: 'not_sent', retryable: true });
    expect(notSent.code).toBeUndefined();
    expect(notSent.meaning).toMatch(/Never sent/);
    const unknown = classifyRunItem(item({ state: 'unknown', ResultCode: null }), false);
    expect(unknown).toMatchObject({ status: 'unknown', retryable: true });
    expect(unknown.nextStep).toMatch(/Check these/);
    expect(classifyRunItem(item({ state: 'unknown', verified: 'present' }), false)).toMatchObject({
      status: 'unknown',
      retryable: false,
      nextStep: '',
    });
    expect(classifyRunItem(item({ undo: 'Delete_Type_Both' }), false)).toMatchObject({
      status: 'added',
      undoable: true,
    });
  });

  it('while the run goes, items not answered yet are waiting or sending, not failures', () => {
    expect(classifyRunItem(item({ state: 'not_sent' }), true).status).toBe('waiting');
    expect(classifyRunItem(item({ state: 'unknown' }), true).status).toBe('sending');
    expect(classifyRunItem(item({}), true).status).toBe('added');
  });

  it('reads Undone after an undo, and explains codes and whole-call failures', () => {
    expect(classifyRunItem(item({ undone: true }), false).status).toBe('undone');
    expect(classifyRunItem(item({ ResultCode: 30539 }), false)).toMatchObject({
      status: 'pending',
      forceMayFix: true,
    });
    expect(classifyRunItem(item({ ResultCode: 30006 }), false)).toMatchObject({
      status: 'failed',
      retryable: true,
    });
    // The catalogue decides: 30540 (throttled by security policy) is worth a retry, 30001 is not.
    expect(classifyRunItem(item({ ResultCode: 30540 }), false).retryable).toBe(true);
    expect(classifyRunItem(item({ ResultCode: 30001 }), false).retryable).toBe(false);
    const whole = classifyRunItem(
      item({ ResultCode: null, failure: { status: 200, ErrorCode: 30003, ErrorInfo: 'x' } }),
      false,
    );
    expect(whole).toMatchObject({ status: 'failed', code: 30003 });
    expect(whole.nextStep).toMatch(/Import the account/);
  });
});
