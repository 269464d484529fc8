import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { accountId, utf8String } from '@/shared/contract/common';
import { errorCatalogue } from '@/shared/contract/error-codes';
import { AddType, FriendAddRequest } from '@/shared/contract/friend-add';

import { explainError } from './explain';
import { issueMessage } from './issue-message';

afterEach(() => i18next.changeLanguage('en'));

describe('explainError', () => {
  it('gives the catalogue’s English by default', () => {
    const entry = errorCatalogue.get(30539)!;
    expect(explainError(30539)).toMatchObject({
      meaning: entry.meaning,
      cause: entry.cause,
      nextStep: entry.nextStep,
      info: entry.info,
    });
  });

  it('explains 30539, 30515 and 30003 in Chinese, keeping field and enum names', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(explainError(30539).meaning).toBe('加好友请求已发出，等待对方同意。');
    expect(explainError(30539).cause).toContain('AllowType_Type_NeedConfirm');
    expect(explainError(30515).nextStep).toContain('black_list_delete');
    expect(explainError(30003).meaning).toBe('请求的用户账号不存在。');
    // Tencent's own string is never translated.
    expect(explainError(30003).info).toBe(errorCatalogue.get(30003)!.info);
  });

  it('names an unknown code in either language', async () => {
    expect(explainError(99999).meaning).toContain('99999');
    await i18next.changeLanguage('zh-CN');
    expect(explainError(99999).meaning).toBe(
      '腾讯返回了错误码 99999，该错误码不在本控制台的错误码表中。',
    );
  });
});

describe('issueMessage', () => {
  const Remark = z.object({ Remark: utf8String('Remark', { maxBytes: 96 }) });

  it('keeps the contract’s English, word for word, in English', () => {
    const [issue] = Remark.safeParse({ Remark: '好'.repeat(33) }).error!.issues;
    expect(issueMessage(issue!)).toBe('Remark is 99 bytes; the limit is 96 bytes');
    expect(issueMessage(issue!)).toBe(issue!.message);
  });

  it('words the contract’s issues in Chinese with the same numbers and field names', async () => {
    await i18next.changeLanguage('zh-CN');
    const [bytes] = Remark.safeParse({ Remark: '好'.repeat(33) }).error!.issues;
    expect(issueMessage(bytes!)).toBe('Remark 为 99 字节，上限为 96 字节');
    const [long] = accountId('UserID').safeParse('x'.repeat(33)).error!.issues;
    expect(issueMessage(long!)).toBe('UserID 为 33 字节，上限为 32 字节');
    const [chars] = accountId('UserID').safeParse('a b').error!.issues;
    expect(issueMessage(chars!)).toBe('UserID 只能包含不含空格的可打印 ASCII 字符');
  });

  it('words zod’s own codes from the issue: missing field, enum, item caps', async () => {
    await i18next.changeLanguage('zh-CN');
    const input = { AddFriendItem: [], AddType: 'Both' };
    const issues = FriendAddRequest.safeParse(input).error!.issues;
    const byField = Object.fromEntries(
      issues.map((i) => [String(i.path[0]), issueMessage(i, input)]),
    );
    expect(byField.From_Account).toBe('From_Account 为必填项');
    expect(byField.AddFriendItem).toBe('AddFriendItem 至少需要 1 项');
    expect(byField.AddType).toBe('AddType 必须是 Add_Type_Both或Add_Type_Single');
    const [type] = AddType.safeParse(3).error!.issues;
    expect(issueMessage(type!)).toContain('Add_Type_Single');
  });
});
