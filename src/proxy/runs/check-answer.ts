import { BLOCK_LETTERS, FAILED_LETTER, RELATION_LETTERS } from '@/shared/contract/runs';

import { topLevelMembers } from '../upstream-head';

/** A matrix call: From_Account's answer for each of `accounts`, by friend_check or black_list_check. */
export interface CheckCall {
  accounts: readonly string[];
  blocks: boolean;
}

export interface ItemFailure {
  code: number;
  info: string;
}

/**
 * The answer packed as one letter per account, in the call's order: friend_check's InfoItem by
 * RELATION_LETTERS, black_list_check's BlackListCheckItem by BLOCK_LETTERS, FAILED_LETTER for a
 * failed or missing item, which `failures` names.
 */
export interface PackedCheck {
  /** ActionStatus, ErrorCode and ErrorInfo, where the answer has them. */
  envelope: Record<string, unknown>;
  relations: string;
  failures: Record<string, ItemFailure>;
}

const ENVELOPE = ['ActionStatus', 'ErrorCode', 'ErrorInfo'];

/**
 * Packs a matrix call's answer. JSON.parse of a 1000-item answer builds 1000 objects to read
 * three members of each, and was the largest cost of a matrix run in the proxy (0.5 ms a call).
 * An answer as Tencent's docs and the emulator write it (compact, no escapes, items in the
 * call's order and in the documented member order) is read in place; any other is parsed.
 */
export function packCheckAnswer(
  text: string,
  call: CheckCall,
  parsed: () => Record<string, unknown>,
): PackedCheck {
  return packInPlace(text, call) ?? packParsed(parsed(), call);
}

const TO = '{"To_Account":"';
const RELATION = '","Relation":"';
const CODE = '","ResultCode":';
const INFO = ',"ResultInfo":"';

function packInPlace(text: string, { accounts, blocks }: CheckCall): PackedCheck | undefined {
  const opening = `"${blocks ? 'BlackListCheckItem' : 'InfoItem'}":[`;
  const start = text.indexOf(opening);
  // A backslash anywhere means some string may not end at its next quote.
  if (start < 0 || text.includes(opening, start + 1) || text.includes('\\')) return undefined;
  const letters = Object.entries(blocks ? BLOCK_LETTERS : RELATION_LETTERS);
  const packed: string[] = [];
  const failures: Record<string, ItemFailure> = {};
  let at = start + opening.length;
  for (const [position, account] of accounts.entries()) {
    const toEnd = at + TO.length + account.length;
    if (!text.startsWith(TO, at) || !text.startsWith(account, at + TO.length)) return undefined;
    if (!text.startsWith(RELATION, toEnd)) return undefined;
    const relationStart = toEnd + RELATION.length;
    const relationEnd = text.indexOf('"', relationStart);
    if (relationEnd < 0 || !text.startsWith(CODE, relationEnd)) return undefined;
    const code = readInteger(text, relationEnd + CODE.length);
    if (!code || !text.startsWith(INFO, code.end)) return undefined;
    const infoStart = code.end + INFO.length;
    const infoEnd = text.indexOf('"', infoStart);
    const last = position === accounts.length - 1;
    if (infoEnd < 0 || !text.startsWith(last ? '}]' : '},', infoEnd + 1)) return undefined;
    const letter =
      code.value === 0
        ? letters.find(
            ([name]) =>
              name.length === relationEnd - relationStart && text.startsWith(name, relationStart),
          )?.[1]
        : undefined;
    packed.push(letter ?? FAILED_LETTER);
    if (!letter) failures[account] = { code: code.value, info: text.slice(infoStart, infoEnd) };
    at = infoEnd + 3;
  }
  if (accounts.length === 0 && text.charCodeAt(at) !== 0x5d /* ] */) return undefined;
  return { envelope: topLevelMembers(text, ENVELOPE), relations: packed.join(''), failures };
}

/** An optionally negative safe integer at `start`, and where it ends. */
function readInteger(text: string, start: number): { value: number; end: number } | undefined {
  const sign = text.charCodeAt(start) === 0x2d /* - */ ? -1 : 1;
  let end = sign < 0 ? start + 1 : start;
  let value = 0;
  for (let digit = text.charCodeAt(end) - 0x30; digit >= 0 && digit <= 9;) {
    value = value * 10 + digit;
    end += 1;
    digit = text.charCodeAt(end) - 0x30;
  }
  const digits = end - start - (sign < 0 ? 1 : 0);
  return digits === 0 || digits > 16 || !Number.isSafeInteger(value)
    ? undefined
    : { value: sign * value, end };
}

function packParsed(answer: Record<string, unknown>, { accounts, blocks }: CheckCall): PackedCheck {
  const letters: Record<string, string> = blocks ? BLOCK_LETTERS : RELATION_LETTERS;
  const list = blocks ? answer.BlackListCheckItem : answer.InfoItem;
  const byAccount = new Map<string, Record<string, unknown>>();
  for (const item of Array.isArray(list) ? (list as unknown[]) : []) {
    if (item === null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (typeof record.To_Account === 'string') byAccount.set(record.To_Account, record);
  }
  const failures: Record<string, ItemFailure> = {};
  let relations = '';
  for (const account of accounts) {
    const item = byAccount.get(account);
    const relation = String(item?.Relation);
    const letter =
      item?.ResultCode === 0 && Object.hasOwn(letters, relation) ? letters[relation] : undefined;
    relations += letter ?? FAILED_LETTER;
    if (letter) continue;
    failures[account] = item
      ? { code: Number(item.ResultCode), info: String(item.ResultInfo ?? '') }
      : {
          code: typeof answer.ErrorCode === 'number' ? answer.ErrorCode : -1,
          info:
            typeof answer.ErrorInfo === 'string'
              ? answer.ErrorInfo
              : `no ${blocks ? 'BlackListCheckItem' : 'InfoItem'}`,
        };
  }
  const envelope = Object.fromEntries(
    ENVELOPE.filter((name) => name in answer).map((name) => [name, answer[name]]),
  );
  return { envelope, relations, failures };
}
