/**
 * Length of `text` in UTF-8 bytes: Tencent's limits count bytes, not characters. Counted from the
 * UTF-16 code units without encoding, since ids and fields are checked on every call. A lone
 * surrogate counts 3 bytes, as TextEncoder writes it as U+FFFD.
 */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) continue;
    if (unit < 0x800) {
      bytes += 1;
    } else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      // A pair: two code units, four bytes.
      bytes += 2;
      index += 1;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether every character is printable ASCII other than space (0x21–0x7e), without a regex. */
export function isPrintableAsciiWithoutSpace(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x21 || unit > 0x7e) return false;
  }
  return true;
}
