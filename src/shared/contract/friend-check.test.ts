import { describe, expect, it } from 'vitest';

import { FriendCheckRequest, FriendCheckResponse } from './friend-check';

describe('friend_check contract', () => {
  it('requires CheckType and at most 1000 accounts', () => {
    const to = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
    const base = { From_Account: 'alice', CheckType: 'CheckResult_Type_Both' };
    expect(FriendCheckRequest.safeParse({ ...base, To_Account: to(1000) }).success).toBe(true);
    expect(FriendCheckRequest.safeParse({ ...base, To_Account: to(1001) }).success).toBe(false);
    expect(
      FriendCheckRequest.safeParse({ From_Account: 'alice', To_Account: ['bob'] }).success,
    ).toBe(false);
  });

  it('parses the documented sample response and tolerates new fields', () => {
    const sample = {
      InfoItem: [
        { To_Account: 'id1', Relation: 'CheckResult_Type_BothWay', ResultCode: 0, ResultInfo: '' },
        {
          To_Account: 'id5',
          Relation: 'CheckResult_Type_NoRelation',
          ResultCode: 30006,
          ResultInfo: 'Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail',
          Extra: true,
        },
      ],
      Fail_Account: ['id5'],
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
      NewField: 1,
    };
    expect(FriendCheckResponse.parse(sample).InfoItem).toHaveLength(2);
  });
});
