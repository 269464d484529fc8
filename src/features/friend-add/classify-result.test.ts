import { describe, expect, it } from 'vitest';

import { runItem } from '@/testing/run-items';

import { classifyRunItem } from './classify-result';

describe('classifyRunItem', () => {
  it('says which of the three states a finished run left each item in', () => {
    const notSent = classifyRunItem(runItem({ state: 'not_sent', ResultCode: null }), false);
    expect(notSent).toMatchObject({ status: 'not_sent', retryable: true });
    expect(notSent.code).toBeUndefined();
    expect(notSent.meaning).toMatch(/Never sent/);
    const unknown = classifyRunItem(runItem({ state: 'unknown', ResultCode: null }), false);
    expect(unknown).toMatchObject({ status: 'unknown', retryable: true });
    expect(unknown.nextStep).toMatch(/Check these/);
    expect(
      classifyRunItem(runItem({ state: 'unknown', verified: 'present' }), false),
    ).toMatchObject({
      status: 'unknown',
      retryable: false,
      nextStep: '',
    });
    expect(classifyRunItem(runItem({ undo: 'Delete_Type_Both' }), false)).toMatchObject({
      status: 'added',
      undoable: true,
    });
  });

  it('while the run goes, items not answered yet are waiting or sending, not failures', () => {
    expect(classifyRunItem(runItem({ state: 'not_sent' }), true).status).toBe('waiting');
    expect(classifyRunItem(runItem({ state: 'unknown' }), true).status).toBe('sending');
    expect(classifyRunItem(runItem({}), true).status).toBe('added');
  });

  it('reads Undone after an undo, and explains codes and whole-call failures', () => {
    expect(classifyRunItem(runItem({ undone: true }), false).status).toBe('undone');
    expect(classifyRunItem(runItem({ ResultCode: 30539 }), false)).toMatchObject({
      status: 'pending',
      forceMayFix: true,
    });
    expect(classifyRunItem(runItem({ ResultCode: 30006 }), false)).toMatchObject({
      status: 'failed',
      retryable: true,
    });
    // The catalogue decides: 30540 (throttled by security policy) is worth a retry, 30001 is not.
    expect(classifyRunItem(runItem({ ResultCode: 30540 }), false).retryable).toBe(true);
    expect(classifyRunItem(runItem({ ResultCode: 30001 }), false).retryable).toBe(false);
    const whole = classifyRunItem(
      runItem({ ResultCode: null, failure: { status: 200, ErrorCode: 30003, ErrorInfo: 'x' } }),
      false,
    );
    expect(whole).toMatchObject({ status: 'failed', code: 30003 });
    expect(whole.nextStep).toMatch(/Import the account/);
  });
});
