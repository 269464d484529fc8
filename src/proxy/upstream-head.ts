/**
 * Reads a few top-level members of a JSON object text without parsing the rest. The envelope
 * (ActionStatus, ErrorCode…) comes either first or, as in the docs' samples and the emulator,
 * last, after the items; so the scan reads the trailing plain members backwards, then, for any
 * name still missing, the members from the front. Either way the request log reads a few dozen
 * bytes of a 100 KB friend_check answer instead of building its thousand items (JSON.parse of
 * such an answer was the largest CPU cost of forwarding it; a forward scan over the items, 0.35 ms).
 *
 * Answers with a member of `names` the scan cannot read (a text that is not a JSON object)
 * yield what was found before; the result is only ever logged, never forwarded.
 */
export function topLevelMembers(text: string, names: readonly string[]): Record<string, unknown> {
  const trailing = trailingMembers(text, names);
  const missing = names.filter((name) => !(name in trailing));
  return missing.length === 0 ? trailing : { ...leadingMembers(text, missing), ...trailing };
}

/** The members of `names` among the object's last ones, up to the last nested value. */
function trailingMembers(text: string, names: readonly string[]): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  let missing = names.length;
  let at = skipSpaceBack(text, text.length - 1);
  if (text.charCodeAt(at) !== RIGHT_BRACE) return found;
  at = skipSpaceBack(text, at - 1);
  while (missing > 0) {
    const valueStart = valueStartBack(text, at);
    if (valueStart < 0) return found;
    const valueEnd = at + 1;
    at = skipSpaceBack(text, valueStart - 1);
    if (text.charCodeAt(at) !== COLON) return found;
    const keyEnd = skipSpaceBack(text, at - 1);
    const keyStart = text.charCodeAt(keyEnd) === QUOTE ? stringStartBack(text, keyEnd) : -1;
    if (keyStart < 0) return found;
    const key = readString(text.slice(keyStart, keyEnd + 1));
    if (key !== undefined && names.includes(key) && !(key in found)) {
      try {
        found[key] = JSON.parse(text.slice(valueStart, valueEnd));
        missing -= 1;
      } catch {
        return found;
      }
    }
    at = skipSpaceBack(text, keyStart - 1);
    if (text.charCodeAt(at) !== COMMA) return found;
    at = skipSpaceBack(text, at - 1);
  }
  return found;
}

function leadingMembers(text: string, names: readonly string[]): Record<string, unknown> {
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

function skipSpaceBack(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return at;
    at -= 1;
  }
}

/**
 * Where the plain value (a string, number, true, false or null) that ends at `end` starts; -1
 * for a nested one (the forward scan reads past those) or none.
 */
function valueStartBack(text: string, end: number): number {
  const last = text.charCodeAt(end);
  if (last === QUOTE) return stringStartBack(text, end);
  if (last === RIGHT_BRACE || last === RIGHT_BRACKET || Number.isNaN(last)) return -1;
  let at = end;
  for (;;) {
    const code = text.charCodeAt(at - 1);
    if (code === COLON || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) break;
    if (Number.isNaN(code) || code === QUOTE || code === COMMA) return -1;
    at -= 1;
  }
  return at;
}

/**
 * The index of the quote that opens the string closed at `end`: the first quote before it that
 * an even run of backslashes precedes (a quote inside a string is always escaped).
 */
function stringStartBack(text: string, end: number): number {
  for (let quote = text.lastIndexOf('"', end - 1); quote >= 0;) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    quote = quote > 0 ? text.lastIndexOf('"', quote - 1) : -1;
  }
  return -1;
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
