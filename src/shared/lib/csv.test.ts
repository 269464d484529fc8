import { describe, expect, it } from 'vitest';

import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const csv = toCsv(['To_Account', 'Tag_SNS_IM_Remark'], [['bob', '老朋友']]);
    expect(csv).toBe('\uFEFFTo_Account,Tag_SNS_IM_Remark\r\nbob,老朋友\r\n');
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('defuses a cell starting like a formula: %j', (cell, written) => {
    expect(toCsv(['Remark'], [[cell]]).split('\r\n')[1]).toBe(written);
  });

  it('quotes commas, quotes and newlines, and leaves numbers and empty cells alone', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['x,y', 'say "hi"', -5, undefined]])).toBe(
      '\uFEFFa,b,c,d\r\n"x,y","say ""hi""",-5,\r\n',
    );
  });
});
