import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addFriendsPath,
  matrixCheckPath,
  readAddFriendsLink,
  readMatrixLink,
  readUserRelationsLink,
  runDetailPath,
  userRelationsPath,
} from './links';

/** The query of a built path, as the screen's router hands it over. */
const paramsOf = (path: string) => new URL(path, 'http://console.test').searchParams;

/** Account ids as links carry them: no separators of account lists (comma, space, newline). */
const account = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((id) => !/[\s,;]/.test(id));

describe('links', () => {
  it('reads an Add friends link as it was built, whatever the ids', () => {
    fc.assert(
      fc.property(
        account,
        fc.uniqueArray(account, { minLength: 1, maxLength: 5 }),
        fc.constantFrom<'both' | 'single'>('both', 'single'),
        fc.boolean(),
        (from, to, type, force) => {
          const read = readAddFriendsLink(paramsOf(addFriendsPath({ from, to, type, force })));
          expect(read).toEqual({ from, to, type, force, run: undefined });
        },
      ),
    );
  });

  it('reads a matrix check link, and `run=1` as a check on opening', () => {
    fc.assert(
      fc.property(fc.uniqueArray(account, { minLength: 1, maxLength: 5 }), (accounts) => {
        const read = readMatrixLink(paramsOf(matrixCheckPath(accounts)));
        expect(read).toMatchObject({ accounts, type: 'both', run: undefined, checkOnOpen: true });
      }),
    );
    expect(readMatrixLink(paramsOf('/matrix?run=r-7'))).toMatchObject({
      run: 'r-7',
      checkOnOpen: false,
    });
  });

  it('reads the user of a Relations link, CJK, #, & and spaces included', () => {
    for (const user of ['ada', '用户 一', 'a#b&c=d', '%41']) {
      expect(readUserRelationsLink(paramsOf(userRelationsPath(user)))).toEqual({ user });
    }
  });

  it('keeps a run id in one path segment', () => {
    expect(runDetailPath('a/b?c')).toBe('/runs/a%2Fb%3Fc');
  });
});
