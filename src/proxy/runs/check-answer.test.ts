import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readCheckAnswer } from './check-answer';

type ListName = 'InfoItem' | 'BlackListCheckItem';

/** What JSON.parse makes of an answer: the reference the pattern must match. */
function expected(text: string, listName: ListName) {
  const answer = JSON.parse(text) as Record<string, unknown>;
  const items = new Map<string, unknown>();
  for (const item of (answer[listName] ?? []) as Record<string, unknown>[]) {
    items.set(item.To_Account as string, {
      relation: item.Relation,
      code: item.ResultCode,
      info: item.ResultInfo,
    });
  }
  const envelope = Object.fromEntries(
    ['ActionStatus', 'ErrorCode', 'ErrorInfo']
      .filter((name) => name in answer)
      .map((name) => [name, answer[name]]),
  );
  return { envelope, items };
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'a"b', 'c\\d', '\u2028', '用户', 'x\ny', '}],"InfoItem":['),
);
const item = fc.record({
  To_Account: fc.oneof(text, fc.constantFrom('u1', 'u2', 'u3')),
  Relation: fc.oneof(
    fc.constantFrom('CheckResult_Type_BothWay', 'BlackCheckResult_Type_NO', 'constructor'),
    text,
  ),
  ResultCode: fc.oneof(fc.constantFrom(0, 30003), fc.integer(), fc.double()),
  ResultInfo: text,
});
const answer = fc.record({
  listName: fc.constantFrom<ListName>('InfoItem', 'BlackListCheckItem'),
  items: fc.array(item, { maxLength: 12 }),
  envelopeFirst: fc.boolean(),
  /** Members in another order than the docs', or an extra one. */
  reordered: fc.boolean(),
  extra: fc.boolean(),
  indent: fc.constantFrom(undefined, 0, 2, '\t'),
  status: fc.constantFrom('OK', 'FAIL'),
});

type AnswerInput = typeof answer extends fc.Arbitrary<infer T> ? T : never;

function render(input: AnswerInput): string {
  const items = input.items.map((entry) => {
    const shaped: Record<string, unknown> = input.reordered
      ? {
          Relation: entry.Relation,
          To_Account: entry.To_Account,
          ResultCode: entry.ResultCode,
          ResultInfo: entry.ResultInfo,
        }
      : { ...entry };
    if (input.extra) shaped.Extra = 1;
    return shaped;
  });
  const envelope = {
    ActionStatus: input.status,
    ErrorCode: input.status === 'OK' ? 0 : 90001,
    ErrorInfo: '',
  };
  const body = input.envelopeFirst
    ? { ...envelope, [input.listName]: items }
    : { [input.listName]: items, ...envelope };
  return JSON.stringify(body, null, input.indent);
}

describe('readCheckAnswer', () => {
  it('reads every answer as JSON.parse does, whatever its shape', () => {
    fc.assert(
      fc.property(answer, (input) => {
        const body = render(input);
        const read = readCheckAnswer(body, input.listName, () => JSON.parse(body) as never);
        expect(read).toEqual(expected(body, input.listName));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads answers in the documented member order without JSON.parse', () => {
    fc.assert(
      fc.property(answer, (input) => {
        fc.pre(
          !input.reordered &&
            !input.extra &&
            input.items.every((i) => Number.isSafeInteger(i.ResultCode)),
        );
        const body = render(input);
        let parsed = false;
        const read = readCheckAnswer(body, input.listName, () => {
          parsed = true;
          return JSON.parse(body) as never;
        });
        expect(parsed).toBe(false);
        expect(read).toEqual(expected(body, input.listName));
      }),
      { numRuns: 1000 },
    );
  });

  it('falls back to JSON.parse when the list is named twice or cut short', () => {
    const twice = '{"InfoItem":[],"Nested":{"InfoItem":[]},"ActionStatus":"OK"}';
    let parsed = 0;
    readCheckAnswer(twice, 'InfoItem', () => {
      parsed += 1;
      return JSON.parse(twice) as never;
    });
    const cut =
      '{"InfoItem":[{"To_Account":"a","Relation":"CheckResult_Type_BothWay","ResultCode":0';
    const read = readCheckAnswer(cut, 'InfoItem', () => {
      parsed += 1;
      return {};
    });
    expect(parsed).toBe(2);
    expect(read.items.size).toBe(0);
  });
});
