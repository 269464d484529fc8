import { describe, expect, it } from 'vitest';

import { runItem } from '@/testing/run-items';

import { itemFailureLine, itemFailureOf, runItemFailure } from './item-failure';

describe('runItemFailure: one shape for every failed run item', () => {
  it('has none for a success or an item with no answer yet', () => {
    expect(runItemFailure(runItem({}))).toBeUndefined();
    expect(runItemFailure(runItem({ state: 'unknown', ResultCode: null }))).toBeUndefined();
  });

  it('reads an item answered with a ResultCode through the catalogue', () => {
    const failure = runItemFailure(runItem({ ResultCode: 30006, ResultInfo: 'Err_SNS_Internal' }));
    expect(failure).toEqual(itemFailureOf(30006, 'Err_SNS_Internal', 'bob'));
    expect(failure?.retryable).toBe(true);
    expect(itemFailureLine(failure!)).toBe('bob: 30006 Err_SNS_Internal');
  });

  it('gives a whole call’s Tencent ErrorCode and ErrorInfo to each of its items', () => {
    const failure = runItemFailure(
      runItem({
        ResultCode: null,
        ResultInfo: null,
        failure: {
          status: 200,
          ErrorCode: 30003,
          ErrorInfo: 'Err_SNS_FriendAdd_Account_Not_Found',
        },
      }),
    );
    expect(failure).toMatchObject({
      account: 'bob',
      code: 30003,
      info: 'Err_SNS_FriendAdd_Account_Not_Found',
      retryable: false,
    });
    expect(failure?.meaning).not.toBe('');
  });

  it('names a proxy problem by its title and status, with no code', () => {
    const failure = runItemFailure(
      runItem({
        ResultCode: null,
        ResultInfo: null,
        failure: { status: 502, title: 'Upstream unreachable', detail: 'connect ECONNREFUSED' },
      }),
    );
    expect(failure).toMatchObject({
      account: 'bob',
      info: 'Upstream unreachable · HTTP 502',
      meaning: 'connect ECONNREFUSED',
      retryable: true,
    });
    expect(failure?.code).toBeUndefined();
    expect(itemFailureLine(failure!)).toBe('bob: Upstream unreachable · HTTP 502');
  });
});
