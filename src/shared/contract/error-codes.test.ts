import { describe, expect, it } from 'vitest';

import { errorCatalogue, explainCode } from './error-codes';

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

  it('uses the real ResultInfo strings of contract §7', () => {
    expect(explainCode(30006).info).toBe('Err_SNS_FriendAdd_Unpack_Profile_Data_Fail');
    expect(explainCode(30516).info).toBe('Err_SNS_FriendAdd_Friend_Allow_Type_Forbid');
    expect(explainCode(31704).info).toBe('Err_SNS_FriendDelete_Not_Friend');
    expect(explainCode(70107).info).toBe('Err_TLS_PT_Open_Login_Account_Not_Exist');
  });

  it('still gives advice for an unknown code', () => {
    expect(explainCode(12345)).toMatchObject({ code: 12345, retryable: false });
    expect(explainCode(12345).nextStep).toMatch(/error-code page/);
  });
});
