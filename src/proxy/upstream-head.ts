/**
 * Reads a few top-level members of a JSON object text without parsing the rest. Tencent puts
 * ActionStatus and ErrorCode first, so the request log reads a few dozen bytes of a 100 KB
 * friend_check answer instead of building its thousand items (JSON.parse of such an answer was
 * the largest CPU cost of forwarding it).
 *
 * Answers with a member of `names` the scan cannot read (a text that is not a JSON object)
 * yield what was found before; the result is only ever logged, never forwarded.
 */
export function topLevelMembers(text: string, names: readonly string[]): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  let missing = names.length;
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== LEFT_BRACE) return found;
  at = skipSpace(text, at + 1);
  while (missing > 0 && text.charCodeAt(at) === QUOTE) {
    const keyEnd = stringEnd(text, at);
    if (keyEnd < 0) return found;
    const key = readString(text.slice(at, keyEnd));
    at = skipSpace(text, keyEnd);
    if (text.charCodeAt(at) !== COLON) return found;
    const valueStart = skipSpace(text, at + 1);
    const valueEnd = valueEndAt(text, valueStart);
    if (valueEnd < 0) return found;
    // The first occurrence wins; Tencent never repeats a member.
    if (key !== undefined && names.includes(key) && !(key in found)) {
      try {
        found[key] = JSON.parse(text.slice(valueStart, valueEnd));
        missing -= 1;
      } catch {
        return found;
      }
    }
    at = skipSpace(text, valueEnd);
    if (text.charCodeAt(at) !== COMMA) return found;
    at = skipSpace(text, at + 1);
  }
  return found;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;

function skipSpace(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return at;
    at += 1;
  }
}

/** The index just past the string that opens at `start`, or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  // indexOf jumps over the string's body, where most of an answer's bytes are.
  for (let quote = text.indexOf('"', start + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return -1;
}

function readString(quoted: string): string | undefined {
  if (!quoted.includes('\\')) return quoted.slice(1, -1);
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

/** The index just past the value that starts at `start`, nested ones skipped whole; -1 if cut. */
function valueEndAt(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first !== LEFT_BRACE && first !== LEFT_BRACKET) {
    let at = start;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === COMMA || code === RIGHT_BRACE || code === RIGHT_BRACKET) break;
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) break;
      at += 1;
    }
    return at > start ? at : -1;
  }
  let depth = 0;
  for (let at = start; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = stringEnd(text, at) - 1;
      if (at < 0) return -1;
    } else if (code === LEFT_BRACE || code === LEFT_BRACKET) depth += 1;
    else if (code === RIGHT_BRACE || code === RIGHT_BRACKET) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return -1;
}
