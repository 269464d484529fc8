import { describe, expect, it } from 'vitest';

import {
  allInfoStrings,
  errorCatalogue,
  explainCode,
  infoFor,
  isDocumentedInfo,
} from './error-codes';

// Every code of contract §6.1–§6.4 and §7, written out so that a dropped entry fails here.
const CONTRACT_CODES = [
  60002, 60003, 60004, 60005, 60006, 60007, 60008, 60009, 60010, 60011, 60012, 60013, 60014, 60015,
  60016, 60017, 60018, 60019, 60020, 60021, 80001, 80002, 80003, 80004, 70001, 70002, 70003, 70005,
  70009, 70013, 70014, 70016, 70020, 70050, 70051, 70052, 70107, 70114, 70169, 70202, 70206, 70346,
  70398, 70402, 70403, 70500, 71000, 72000, 72001, 40001, 40002, 40003, 40004, 40005, 40006, 40007,
  40008, 40009, 40601, 40605, 40610, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009,
  30010, 30011, 30012, 30013, 30014, 30515, 30516, 30525, 30539, 30540, 30614, 31307, 31704, 31707,
  31804, 32216,
];

describe('error catalogue', () => {
  it.each(CONTRACT_CODES)('explains %i with a meaning, a cause and a next step', (code) => {
    const entry = errorCatalogue.get(code);
    expect(entry, `code ${code} is missing`).toBeDefined();
    expect(entry?.meaning.length).toBeGreaterThan(5);
    expect(entry?.cause.length).toBeGreaterThan(5);
    expect(entry?.nextStep.length).toBeGreaterThan(2);
  });

  it('marks exactly the transient codes the console retries', () => {
    for (const code of [30006, 30007, 30008, 60007]) expect(explainCode(code).retryable).toBe(true);
    for (const code of [30001, 30003, 30515, 30516, 30525, 30539, 70009])
      expect(explainCode(code).retryable).toBe(false);
  });

  it('gives every documented string a source, and no made-up string Tencent’s naming', () => {
    const strings = allInfoStrings();
    expect(strings.length).toBeGreaterThan(CONTRACT_CODES.length);
    for (const { code, info } of strings) {
      expect(info.text, `${code}`).not.toBe('');
      if (info.origin === 'documented') {
        // A source names a doc page, an issue or the contract section that quotes the answer.
        expect(info.source, `${code} ${info.text}`).toMatch(/https:\/\/|issue #\d+|contract §/);
      } else {
        expect(info, `${code} ${info.text}`).not.toHaveProperty('source');
        expect(info.text, `${code} ours must not pass for Tencent's`).not.toMatch(/^(Err|ERR)_/);
      }
    }
  });

  it('uses the live and documented strings where a source exists', () => {
    expect(explainCode(30009).info).toBe('Err_SNS_FriendAdd_Forbid_By_Admin');
    expect(explainCode(60015).info).toBe('body account invalid');
    expect(explainCode(30516).info).toBe('Err_SNS_FriendAdd_Friend_Allow_Type_Forbid');
    expect(explainCode(31704).info).toBe('Err_SNS_FriendDelete_Not_Friend');
    expect(explainCode(70107).info).toBe('Err_TLS_PT_Open_Login_Account_Not_Exist');
    expect(infoFor(30010, 'v4/sns/friend_import').text).toBe(
      'Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold',
    );
    expect(infoFor(30011, 'v4/sns/friend_update').text).toBe(
      'Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold',
    );
  });

  it('answers 30006 per API: each API’s own sample string, a neutral one elsewhere', () => {
    expect(infoFor(30006, 'v4/sns/friend_add').text).toBe(
      'Err_SNS_FriendAdd_Unpack_Profile_Data_Fail',
    );
    expect(infoFor(30006, 'v4/sns/friend_check').text).toBe(
      'Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail',
    );
    expect(infoFor(30006, 'v4/sns/black_list_delete').text).toBe(
      'Err_SNS_BlackListCheck_Check_Reverse_BlackList_Fail',
    );
    for (const service of ['v4/sns/black_list_add', 'v4/sns/group_get', undefined]) {
      expect(infoFor(30006, service)).toEqual({ text: 'internal server error', origin: 'ours' });
    }
  });

  it('tells Tencent’s strings from ours, per code', () => {
    expect(isDocumentedInfo(30001, 'Err_SNS_FriendAdd_Friend_Exist')).toBe(true);
    expect(isDocumentedInfo(30006, 'Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail')).toBe(true);
    expect(isDocumentedInfo(30010, 'friend list is full')).toBe(false);
    expect(isDocumentedInfo(30010, 'Err_SNS_FriendAdd_Friend_Exist')).toBe(false);
    expect(isDocumentedInfo(30009, 'Err_SNS_FriendAdd_Deny')).toBe(false);
  });

  it('still gives advice for an unknown code', () => {
    expect(explainCode(12345)).toMatchObject({ code: 12345, retryable: false });
    expect(explainCode(12345).nextStep).toMatch(/error-code page/);
  });
});
