import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { topLevelMembers } from './upstream-head';

const NAMES = ['ActionStatus', 'ErrorCode'];

describe('topLevelMembers', () => {
  it('reads the members Tencent puts first without the rest', () => {
    const text = `{"ActionStatus":"FAIL", "ErrorCode" : 60007,"InfoItem":[{"ErrorCode":1}]}`;
    expect(topLevelMembers(text, NAMES)).toEqual({ ActionStatus: 'FAIL', ErrorCode: 60007 });
  });

  it('skips nested values, strings with brackets and escaped quotes before the members', () => {
    const text = `{"InfoItem":[{"ErrorCode":1,"x":"]}\\"{"}],"Note":"a\\"b","ErrorCode":0,"ActionStatus":"OK"}`;
    expect(topLevelMembers(text, NAMES)).toEqual({ ActionStatus: 'OK', ErrorCode: 0 });
  });

  it('reads an envelope that comes last, after the items, backwards', () => {
    const items = Array.from({ length: 3 }, (_, i) => `{"To_Account":"u${i}","ErrorCode":1}`);
    const tail = `"ErrorInfo":${JSON.stringify('a\\')},"Note":${JSON.stringify('say "hi" \\')}`;
    const text = `{"InfoItem":[${items.join(',')}],"ActionStatus" : "OK",\n"ErrorCode":0,${tail}}`;
    expect(topLevelMembers(text, NAMES)).toEqual({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(topLevelMembers(text, ['ErrorInfo', 'Note'])).toEqual({
      ErrorInfo: 'a\\',
      Note: 'say "hi" \\',
    });
  });

  it('answers nothing for texts that are not objects, and what it read before a cut', () => {
    expect(topLevelMembers('[1]', NAMES)).toEqual({});
    expect(topLevelMembers('not json', NAMES)).toEqual({});
    expect(topLevelMembers('{"ErrorCode":0,"ActionStatus":"O', NAMES)).toEqual({ ErrorCode: 0 });
  });

  it('agrees with JSON.parse on any object whose members are not repeated', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.constantFrom(...NAMES), fc.string()), fc.jsonValue()),
        fc.constantFrom(0, 2),
        (object, indent) => {
          const text = JSON.stringify(object, null, indent);
          const parsed = JSON.parse(text) as Record<string, unknown>;
          const expected = Object.fromEntries(
            NAMES.filter((name) => Object.hasOwn(parsed, name)).map((name) => [name, parsed[name]]),
          );
          expect(topLevelMembers(text, NAMES)).toEqual(expected);
        },
      ),
    );
  });
});
