import { describe, expect, it } from 'vitest';

import { ApiError } from './api-error';
import { describeFailure, infoInWords } from './describe-failure';

describe('infoInWords', () => {
  it('quotes Tencent only for strings documented with that code', () => {
    expect(infoInWords(30009, 'Err_SNS_FriendAdd_Forbid_By_Admin')).toBe(
      'Tencent says: “Err_SNS_FriendAdd_Forbid_By_Admin”',
    );
    expect(infoInWords(30006, 'Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail')).toBe(
      'Tencent says: “Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail”',
    );
  });

  it('shows the emulator’s own words, and unknown strings, without attributing them', () => {
    expect(infoInWords(30010, 'friend list is full')).toBe('friend list is full');
    expect(infoInWords(30003, 'To_Account ghost does not exist')).toBe(
      'To_Account ghost does not exist',
    );
    // A real string under the wrong code, the old made-up 30009 name, no code at all.
    expect(infoInWords(30010, 'Err_SNS_FriendAdd_Friend_Exist')).toBe(
      'Err_SNS_FriendAdd_Friend_Exist',
    );
    expect(infoInWords(30009, 'Err_SNS_FriendAdd_Deny')).toBe('Err_SNS_FriendAdd_Deny');
    expect(infoInWords(undefined, 'body account invalid')).toBe('body account invalid');
  });
});

describe('describeFailure', () => {
  it('attributes a request-level ErrorInfo to Tencent only when documented', () => {
    const live = new ApiError({ kind: 'tencent', code: 60015, info: 'body account invalid' }, 'r1');
    expect(describeFailure(live).details).toBe('Tencent says: “body account invalid” · request r1');
    const ours = new ApiError({ kind: 'tencent', code: 60007, info: 'REST API call frequency' });
    expect(describeFailure(ours).details).toBe('REST API call frequency');
  });
});
