import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isPrintableAsciiWithoutSpace, utf8ByteLength } from './utf8';

const encoder = new TextEncoder();
/** Any UTF-16 code unit, lone surrogates included, which `fc.string`'s units leave out. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

describe('utf8ByteLength', () => {
  it('counts bytes, not characters', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('你好')).toBe(6);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\ud800')).toBe(3);
    expect(utf8ByteLength('\udc00\ud800')).toBe(6);
  });

  it('agrees with TextEncoder on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: anyCodeUnit }),
          fc.string({ unit: fc.oneof(anyCodeUnit, fc.constantFrom('😀', '\ud83d', '\ude00')) }),
        ),
        (text) => utf8ByteLength(text) === encoder.encode(text).length,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isPrintableAsciiWithoutSpace', () => {
  it('agrees with the character class [\\x21-\\x7e]', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 40 }), (text) => {
        expect(isPrintableAsciiWithoutSpace(text)).toBe(/^[\x21-\x7e]*$/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
