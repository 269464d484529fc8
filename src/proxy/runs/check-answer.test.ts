import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { BLOCK_LETTERS, RELATION_LETTERS } from '@/shared/contract/runs';

import { packCheckAnswer } from './check-answer';

const RELATIONS: Record<string, string> = RELATION_LETTERS;
const BLOCKS: Record<string, string> = BLOCK_LETTERS;

/** The rule, read off JSON.parse: each account's last item, its letter when it answered 0. */
function reference(text: string, accounts: readonly string[], blocks: boolean) {
  const answer = JSON.parse(text) as Record<string, unknown>;
  const listName = blocks ? 'BlackListCheckItem' : 'InfoItem';
  const letters = blocks ? BLOCKS : RELATIONS;
  const list = (answer[listName] ?? []) as Record<string, unknown>[];
  const failures: Record<string, { code: number; info: string }> = {};
  const relations = accounts
    .map((account) => {
      const item = list.findLast((entry) => entry.To_Account === account);
      const letter =
        item?.ResultCode === 0 && Object.hasOwn(letters, String(item.Relation))
          ? letters[String(item.Relation)]
          : undefined;
      if (letter) return letter;
      failures[account] = item
        ? { code: Number(item.ResultCode), info: String(item.ResultInfo) }
        : { code: answer.ErrorCode as number, info: answer.ErrorInfo as string };
      return 'x';
    })
    .join('');
  const envelope = {
    ActionStatus: answer.ActionStatus,
    ErrorCode: answer.ErrorCode,
    ErrorInfo: answer.ErrorInfo,
  };
  return { envelope, relations, failures };
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'a"b', 'c\\d', '用户', 'x\ny', '"}],"InfoItem":[{"'),
);
const account = fc.oneof(fc.constantFrom('u1', 'u2', 'u3', 'u', 'u10'), text);
const answerOf = (blocks: boolean) =>
  fc.record({
    Relation: fc.oneof(
      fc.constantFrom(...Object.keys(blocks ? BLOCKS : RELATIONS), 'constructor', ''),
      text,
    ),
    ResultCode: fc.oneof(fc.constantFrom(0, 0, 0, 30003, -1), fc.integer(), fc.double()),
    ResultInfo: text,
  });
const scenario = fc.boolean().chain((blocks) =>
  fc.record({
    blocks: fc.constant(blocks),
    accounts: fc.uniqueArray(account, { maxLength: 8 }),
    answers: fc.array(answerOf(blocks), { minLength: 8, maxLength: 8 }),
    /** How the answer departs from the documented form, if at all. */
    shape: fc.constantFrom(
      'documented',
      'documented',
      'shuffled',
      'missing',
      'extra',
      'reordered',
      'spaced',
      'envelopeFirst',
    ),
  }),
);

function render({
  blocks,
  accounts,
  answers,
  shape,
}: typeof scenario extends fc.Arbitrary<infer T> ? T : never) {
  let items: Record<string, unknown>[] = accounts.map((to, i) =>
    shape === 'reordered'
      ? {
          Relation: answers[i]?.Relation,
          To_Account: to,
          ResultCode: answers[i]?.ResultCode,
          ResultInfo: answers[i]?.ResultInfo,
        }
      : { To_Account: to, ...answers[i] },
  );
  if (shape === 'shuffled') items = [...items].reverse();
  if (shape === 'missing') items = items.slice(1);
  if (shape === 'extra') items = [...items, { To_Account: 'u-extra', ...answers[7] }];
  const envelope = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
  const list = { [blocks ? 'BlackListCheckItem' : 'InfoItem']: items };
  const body = shape === 'envelopeFirst' ? { ...envelope, ...list } : { ...list, ...envelope };
  return JSON.stringify(body, null, shape === 'spaced' ? 2 : undefined);
}

describe('packCheckAnswer', () => {
  it('packs every answer as JSON.parse reads it, whatever its shape', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const body = render(input);
        const packed = packCheckAnswer(body, input, () => JSON.parse(body) as never);
        expect(packed).toEqual(reference(body, input.accounts, input.blocks));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads an answer in the documented form without JSON.parse', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const body = render({ ...input, shape: 'documented' });
        fc.pre(
          !body.includes('\\') &&
            input.answers.every((a) => /^-?\d+$/.test(JSON.stringify(a.ResultCode))),
        );
        let parsed = false;
        const packed = packCheckAnswer(body, input, () => {
          parsed = true;
          return JSON.parse(body) as never;
        });
        expect(parsed).toBe(false);
        expect(packed).toEqual(reference(body, input.accounts, input.blocks));
      }),
      { numRuns: 1000 },
    );
  });

  it('parses an answer whose list is named twice', () => {
    const body = '{"InfoItem":[],"Nested":{"InfoItem":[]},"ActionStatus":"OK"}';
    let parsed = false;
    packCheckAnswer(body, { accounts: [], blocks: false }, () => {
      parsed = true;
      return JSON.parse(body) as never;
    });
    expect(parsed).toBe(true);
  });
});
