const encoder = new TextEncoder();

/** Length of `text` in UTF-8 bytes: Tencent's limits count bytes, not characters. */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}
