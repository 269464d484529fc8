import { describe, expect, it } from 'vitest';

import { describeIssues } from './common';
import { AddFriendItem, FriendAddRequest } from './friend-add';

const item = (overrides: Record<string, unknown> = {}) => ({ To_Account: 'bob', ...overrides });
const messages = (value: unknown) => {
  const parsed = FriendAddRequest.safeParse(value);
  return parsed.success ? [] : describeIssues(parsed.error).map((p) => `${p.field}: ${p.message}`);
};

describe('FriendAddRequest', () => {
  it('accepts every documented field', () => {
    const body = {
      From_Account: 'alice',
      AddFriendItem: [
        item({
          Remark: 'r',
          GroupName: 'Classmates',
          AddSource: 'AddSource_Type_Android',
          AddWording: 'hi',
        }),
      ],
      AddType: 'Add_Type_Single',
      ForceAddFlags: 1,
    };
    expect(FriendAddRequest.parse(body)).toEqual(body);
  });

  // "你" is 3 bytes in UTF-8: 32 of them are 96 bytes, exactly Remark's limit.
  it.each([
    ['Remark', '你'.repeat(32), true],
    ['Remark', '你'.repeat(32) + 'a', false],
    ['GroupName', '组'.repeat(10), true],
    ['GroupName', '组'.repeat(10) + 'a', false],
    ['AddWording', 'é'.repeat(128), true],
    ['AddWording', 'é'.repeat(128) + 'a', false],
  ])('limits %s in bytes (%#)', (field, value, ok) => {
    expect(AddFriendItem.safeParse(item({ [field]: value })).success).toBe(ok);
  });

  it('names the field, the size and the limit in the message', () => {
    expect(
      messages({
        From_Account: 'alice',
        AddFriendItem: [item(), item({ Remark: '你'.repeat(33) })],
      }),
    ).toEqual(['AddFriendItem[1].Remark: Remark is 99 bytes; the limit is 96 bytes']);
  });

  it('limits UserIDs to 32 bytes of printable ASCII', () => {
    expect(AddFriendItem.safeParse(item({ To_Account: 'a'.repeat(32) })).success).toBe(true);
    expect(messages({ From_Account: 'a'.repeat(33), AddFriendItem: [item()] })).toEqual([
      'From_Account: From_Account is 33 bytes; the limit is 32 bytes',
    ]);
    expect(messages({ From_Account: 'al ice', AddFriendItem: [item()] })).toEqual([
      'From_Account: From_Account may contain only printable ASCII without spaces',
    ]);
    expect(messages({ From_Account: '', AddFriendItem: [item()] })).toEqual([
      'From_Account: From_Account must not be empty',
    ]);
  });

  it('takes AddSource_Type_ with 1–8 letters only (D2)', () => {
    for (const ok of ['AddSource_Type_A', 'AddSource_Type_Abcdefgh']) {
      expect(AddFriendItem.safeParse(item({ AddSource: ok })).success).toBe(true);
    }
    for (const bad of [
      'AddSource_Type_',
      'AddSource_Type_Abcdefghi',
      'AddSource_Type_Web1',
      'Android',
    ]) {
      expect(AddFriendItem.safeParse(item({ AddSource: bad })).success).toBe(false);
    }
  });

  it('caps a call at 1000 items (D1)', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => item({ To_Account: `u${i}` }));
    expect(
      FriendAddRequest.safeParse({ From_Account: 'alice', AddFriendItem: items(1000) }).success,
    ).toBe(true);
    expect(messages({ From_Account: 'alice', AddFriendItem: items(1001) })).toEqual([
      'AddFriendItem: AddFriendItem has more than 1000 items; the limit is 1000 per call',
    ]);
  });

  it('is strict about unknown fields, enums and missing fields', () => {
    expect(messages({ From_Account: 'alice', AddFriendItem: [item()], Extra: 1 })[0]).toContain(
      'Extra',
    );
    expect(messages({ From_Account: 'alice', AddFriendItem: [item()], AddType: 'Both' })).toEqual([
      'AddType: AddType must be Add_Type_Both or Add_Type_Single',
    ]);
    expect(messages({ AddFriendItem: [item()] })).toEqual([
      'From_Account: From_Account is required',
    ]);
  });
});
