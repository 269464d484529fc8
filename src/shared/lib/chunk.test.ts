import { describe, expect, it } from 'vitest';

import { chunk } from './chunk';
import { utf8ByteLength } from './utf8';

describe('chunk', () => {
  it('splits into slices of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('utf8ByteLength', () => {
  it('counts bytes, not characters', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('你好')).toBe(6);
    expect(utf8ByteLength('😀')).toBe(4);
  });
});
