import { topLevelMembers } from '../upstream-head';

/** One InfoItem or BlackListCheckItem of a friend_check or black_list_check answer. */
export interface CheckItem {
  relation: unknown;
  code: unknown;
  info: unknown;
}

export interface CheckAnswer {
  /** The answer's ActionStatus, ErrorCode and ErrorInfo (absent when it has none). */
  envelope: Record<string, unknown>;
  /** The items by To_Account; a later item for the same account wins, as in JSON.parse. */
  items: Map<string, CheckItem>;
}

const ENVELOPE = ['ActionStatus', 'ErrorCode', 'ErrorInfo'];

/** A string's body, with its escapes still in. */
const STRING = String.raw`"((?:[^"\\]|\\.)*)"`;
/** One item as Tencent's docs and the emulator order its members, spaces allowed. */
const ITEM = new RegExp(
  String.raw`\s*\{\s*"To_Account"\s*:\s*${STRING}\s*,\s*"Relation"\s*:\s*${STRING}\s*,` +
    String.raw`\s*"ResultCode"\s*:\s*(-?\d+)\s*,\s*"ResultInfo"\s*:\s*${STRING}\s*\}\s*([,\]])`,
  'y',
);

/**
 * The items of a matrix call's answer. JSON.parse of a 1000-item answer builds 1000 objects to
 * read three members of each, and was the largest cost of a matrix run in the proxy (0.5 ms a
 * call); answers in the documented member order are read with one sticky pattern instead. Any
 * other shape, or a list name found twice, is read with JSON.parse: same result, slower.
 */
export function readCheckAnswer(
  text: string,
  listName: 'InfoItem' | 'BlackListCheckItem',
  parsed: () => Record<string, unknown>,
): CheckAnswer {
  return scanCheckAnswer(text, listName) ?? fromParsed(parsed(), listName);
}

function scanCheckAnswer(text: string, listName: string): CheckAnswer | undefined {
  const opening = new RegExp(String.raw`"${listName}"\s*:\s*\[\s*`, 'g');
  const found = opening.exec(text);
  if (!found || opening.exec(text)) return undefined;
  const start = found.index + found[0].length;
  const items =
    (text.includes('\\') ? undefined : scanCompactItems(text, start)) ?? scanItems(text, start);
  return items && { envelope: topLevelMembers(text, ENVELOPE), items };
}

/** The list's items, from `start` (just inside its bracket) to its end, by the pattern. */
function scanItems(text: string, start: number): Map<string, CheckItem> | undefined {
  const items = new Map<string, CheckItem>();
  if (text.charCodeAt(start) === 0x5d /* ] */) return items;
  ITEM.lastIndex = start;
  for (let closed = false; !closed;) {
    const item = ITEM.exec(text);
    if (!item) return undefined;
    const [, to = '', relation = '', code = '', info = '', after] = item;
    items.set(unescape(to), {
      relation: unescape(relation),
      code: Number(code),
      info: unescape(info),
    });
    closed = after === ']';
  }
  return items;
}

const TO = '{"To_Account":"';
const RELATION = '","Relation":"';
const CODE = '","ResultCode":';
const INFO = ',"ResultInfo":"';

/**
 * The same for a compact answer without a backslash, where every string ends at its next quote:
 * plain `startsWith` and `indexOf`, several times faster than the pattern.
 */
function scanCompactItems(text: string, start: number): Map<string, CheckItem> | undefined {
  const items = new Map<string, CheckItem>();
  let at = start;
  if (text.charCodeAt(at) === 0x5d /* ] */) return items;
  for (;;) {
    if (!text.startsWith(TO, at)) return undefined;
    const toEnd = text.indexOf('"', at + TO.length);
    if (toEnd < 0 || !text.startsWith(RELATION, toEnd)) return undefined;
    const relationEnd = text.indexOf('"', toEnd + RELATION.length);
    if (relationEnd < 0 || !text.startsWith(CODE, relationEnd)) return undefined;
    let codeEnd = relationEnd + CODE.length;
    if (text.charCodeAt(codeEnd) === 0x2d /* - */) codeEnd += 1;
    const digitsStart = codeEnd;
    while (isDigit(text.charCodeAt(codeEnd))) codeEnd += 1;
    if (codeEnd === digitsStart || !text.startsWith(INFO, codeEnd)) return undefined;
    const infoEnd = text.indexOf('"', codeEnd + INFO.length);
    if (infoEnd < 0 || text.charCodeAt(infoEnd + 1) !== 0x7d /* } */) return undefined;
    items.set(text.slice(at + TO.length, toEnd), {
      relation: text.slice(toEnd + RELATION.length, relationEnd),
      code: Number(text.slice(relationEnd + CODE.length, codeEnd)),
      info: text.slice(codeEnd + INFO.length, infoEnd),
    });
    const after = text.charCodeAt(infoEnd + 2);
    if (after === 0x5d /* ] */) return items;
    if (after !== 0x2c /* , */) return undefined;
    at = infoEnd + 3;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function unescape(body: string): string {
  return body.includes('\\') ? (JSON.parse(`"${body}"`) as string) : body;
}

function fromParsed(answer: Record<string, unknown>, listName: string): CheckAnswer {
  const items = new Map<string, CheckItem>();
  const list = answer[listName];
  for (const item of Array.isArray(list) ? (list as unknown[]) : []) {
    if (item === null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (typeof record.To_Account !== 'string') continue;
    items.set(record.To_Account, {
      relation: record.Relation,
      code: record.ResultCode,
      info: record.ResultInfo,
    });
  }
  const envelope = Object.fromEntries(
    ENVELOPE.filter((name) => name in answer).map((name) => [name, answer[name]]),
  );
  return { envelope, items };
}
