import { describe, expect, it } from 'vitest';

import { itemFailureOf } from '@/api/item-failure';
import type { InfoItem } from '@/shared/contract/friend-check';
import type { MatrixCall } from '@/shared/contract/runs';

import { BLOCK, CELL, CELL_DATA_RELATION, RelationMatrix, uniqueAccounts } from './build-matrix';
import { matrixToCsv } from './matrix-csv';
import { minimumSeconds, planChecks } from '@/shared/lib/plan-checks';

const ok = (To_Account: string, Relation: InfoItem['Relation']): InfoItem => ({
  To_Account,
  Relation,
  ResultCode: 0,
  ResultInfo: '',
});

describe('RelationMatrix', () => {
  it('fills both cells from a both-ways answer, mirroring one-way relations', () => {
    const accounts = ['a', 'b', 'c', 'd'];
    const matrix = new RelationMatrix(accounts, accounts, 'CheckResult_Type_Both');
    matrix.apply('a', [
      ok('b', 'CheckResult_Type_BothWay'),
      ok('c', 'CheckResult_Type_AWithB'),
      ok('d', 'CheckResult_Type_BWithA'),
    ]);
    matrix.apply('b', [ok('c', 'CheckResult_Type_NoRelation')]);
    const at = (from: string, to: string) =>
      CELL_DATA_RELATION[matrix.cell(accounts.indexOf(from), accounts.indexOf(to))];
    expect(at('a', 'b')).toBe('CheckResult_Type_BothWay');
    expect(at('b', 'a')).toBe('CheckResult_Type_BothWay');
    expect(at('a', 'c')).toBe('CheckResult_Type_AWithB');
    expect(at('c', 'a')).toBe('CheckResult_Type_BWithA');
    expect(at('a', 'd')).toBe('CheckResult_Type_BWithA');
    expect(at('d', 'a')).toBe('CheckResult_Type_AWithB');
    expect(at('c', 'b')).toBe('CheckResult_Type_NoRelation');
    expect(at('a', 'a')).toBe('self');
    expect(at('c', 'd')).toBe('pending');
    expect(matrix.counts()[CELL.self]).toBe(4);
  });

  it('fills only the asked cell in single mode', () => {
    const matrix = new RelationMatrix(['a', 'b'], ['a', 'b'], 'CheckResult_Type_Single');
    matrix.apply('a', [ok('b', 'CheckResult_Type_AWithB')]);
    expect(matrix.cell(0, 1)).toBe(CELL.aWithB);
    expect(matrix.cell(1, 0)).toBe(CELL.pending);
  });

  it('handles rectangular sets, with no self cell where an account is on one axis only', () => {
    const matrix = new RelationMatrix(['a', 'b'], ['b', 'x', 'y'], 'CheckResult_Type_Both');
    matrix.apply('a', [ok('b', 'CheckResult_Type_BothWay'), ok('y', 'CheckResult_Type_AWithB')]);
    expect(matrix.cells).toHaveLength(6);
    expect(matrix.cell(0, 0)).toBe(CELL.bothWay);
    expect(matrix.cell(0, 2)).toBe(CELL.aWithB);
    expect(matrix.cell(1, 0)).toBe(CELL.self);
    // y → a has no row, so the mirror is dropped rather than misplaced.
    expect(matrix.counts()[CELL.bWithA]).toBe(0);
  });

  it('marks failed items and failed calls with the catalogue’s explanation', () => {
    const accounts = ['a', 'b', 'c'];
    const matrix = new RelationMatrix(accounts, accounts, 'CheckResult_Type_Both');
    matrix.apply('a', [
      {
        To_Account: 'b',
        Relation: 'CheckResult_Type_NoRelation',
        ResultCode: 30006,
        ResultInfo: 'Err_SNS_Internal',
      },
    ]);
    expect(matrix.cell(0, 1)).toBe(CELL.failed);
    expect(matrix.cell(1, 0)).toBe(CELL.failed);
    expect(matrix.failure(0, 1)).toEqual(itemFailureOf(30006, 'Err_SNS_Internal', 'b'));
    expect(matrix.failure(0, 1)?.meaning.length).toBeGreaterThan(10);

    matrix.fail('c', ['a', 'b'], {
      info: 'HTTP 502',
      meaning: 'Tencent Chat could not be reached',
      retryable: true,
    });
    expect(matrix.cell(2, 0)).toBe(CELL.failed);
    expect(matrix.cell(0, 2)).toBe(CELL.failed);
    expect(matrix.rowsWithFailures()).toEqual(['a', 'b', 'c']);

    matrix.apply('a', [ok('b', 'CheckResult_Type_BothWay'), ok('c', 'CheckResult_Type_BothWay')]);
    expect(matrix.failure(0, 1)).toBeUndefined();
    expect(matrix.rowsWithFailures()).toEqual(['b', 'c']);
    expect(matrix.rowHas(2, new Set([CELL.failed]))).toBe(true);
    expect(matrix.rowHas(0, new Set([CELL.failed]))).toBe(false);
  });

  it('decodes a stored call: one Relations letter per To_Account, x naming its failure', () => {
    const accounts = ['a', 'b', 'c', 'd'];
    const matrix = new RelationMatrix(accounts, accounts, 'CheckResult_Type_Both');
    const call = (overrides: Partial<MatrixCall>): MatrixCall => ({
      index: 0,
      From_Account: 'a',
      To_Account: ['b', 'c', 'd'],
      state: 'done',
      Relations: 'brx',
      failures: { d: { ResultCode: 30006, ResultInfo: 'Err_SNS_Internal' } },
      failure: null,
      ...overrides,
    });
    matrix.applyCall(call({}));
    expect(CELL_DATA_RELATION[matrix.cell(0, 1)]).toBe('CheckResult_Type_BothWay');
    expect(CELL_DATA_RELATION[matrix.cell(0, 2)]).toBe('CheckResult_Type_BWithA');
    expect(CELL_DATA_RELATION[matrix.cell(2, 0)]).toBe('CheckResult_Type_AWithB');
    expect(matrix.failure(0, 3)).toEqual(itemFailureOf(30006, 'Err_SNS_Internal', 'd'));

    matrix.applyCall(call({ From_Account: 'b', To_Account: ['c'], state: 'not_sent' }));
    expect(matrix.failure(1, 2)?.meaning).toMatch(/before this call was sent/);
    matrix.applyCall(
      call({
        From_Account: 'c',
        To_Account: ['d'],
        Relations: null,
        failure: { status: 200, ErrorCode: 70001, ErrorInfo: 'expired' },
      }),
    );
    expect(matrix.failure(2, 3)?.code).toBe(70001);
  });

  it('keeps counts as running tallies that agree with a count of every cell', () => {
    const accounts = ['a', 'b', 'c', 'd', 'e'];
    const matrix = new RelationMatrix(accounts, accounts, 'CheckResult_Type_Both');
    const recount = () => {
      const counts = [0, 0, 0, 0, 0, 0, 0];
      for (const code of matrix.cells) counts[code] = (counts[code] ?? 0) + 1;
      return counts;
    };
    matrix.apply('a', [ok('b', 'CheckResult_Type_BothWay'), ok('c', 'CheckResult_Type_AWithB')]);
    matrix.fail('d', ['a', 'e'], { info: 'HTTP 502', meaning: 'down', retryable: true });
    matrix.apply('d', [
      ok('a', 'CheckResult_Type_NoRelation'),
      ok('a', 'CheckResult_Type_NoRelation'),
    ]);
    expect(Object.values(matrix.counts())).toEqual(recount());
    expect(matrix.rowHas(4, new Set([CELL.failed]))).toBe(true);
    expect(matrix.rowHas(0, new Set([CELL.failed]))).toBe(false);
    expect(matrix.rowHas(2, new Set([CELL.bWithA]))).toBe(true);
  });

  it('drops duplicate accounts so that no row or column repeats', () => {
    expect(uniqueAccounts(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b', 'c']);
  });

  it('holds a million cells in a megabyte', () => {
    const accounts = Array.from({ length: 1000 }, (_, i) => `user${i}`);
    const matrix = new RelationMatrix(accounts, accounts, 'CheckResult_Type_Both');
    expect(matrix.cells).toBeInstanceOf(Uint8Array);
    expect(matrix.cells.byteLength).toBe(1_000_000);
  });

  it('exports CSV with a header of To_Accounts and one line per From_Account', () => {
    const matrix = new RelationMatrix(['a', 'b,c'], ['a', 'b,c'], 'CheckResult_Type_Both');
    matrix.apply('a', [ok('b,c', 'CheckResult_Type_AWithB')]);
    expect(matrixToCsv(matrix)).toBe(
      '\uFEFFFrom_Account \\ To_Account,a,"b,c"\r\na,self,row_to_column_only\r\n"b,c",column_to_row_only,self\r\n',
    );
  });

  it('marks blocks from black_list_check letters on both cells of a pair, and counts them', () => {
    const set = ['ada', 'flo', 'gus', 'ben'];
    const matrix = new RelationMatrix(set, set, 'CheckResult_Type_Both');
    // ada blocks flo (AWithB), gus blocks ada (BWithA), ben: none.
    matrix.applyCall({
      index: 3,
      check: 'black_list_check',
      From_Account: 'ada',
      To_Account: ['flo', 'gus', 'ben'],
      state: 'done',
      Relations: null,
      Blocks: 'arn',
      failures: {},
      failure: null,
    });
    expect(matrix.block(0, 1)).toBe(BLOCK.rowBlocksColumn);
    expect(matrix.block(1, 0)).toBe(BLOCK.columnBlocksRow);
    expect(matrix.block(0, 2)).toBe(BLOCK.columnBlocksRow);
    expect(matrix.block(2, 0)).toBe(BLOCK.rowBlocksColumn);
    expect(matrix.block(0, 3)).toBe(BLOCK.none);
    expect(matrix.blockedCount()).toBe(4);
    expect(matrix.rowHasBlock(3)).toBe(false);
    expect(matrix.rowHasBlock(1)).toBe(true);
    // A later answer that the block is gone clears both cells of the pair.
    matrix.applyBlockLetters('ada', ['flo'], 'n');
    expect(matrix.blockedCount()).toBe(2);
    // A failed item: its block is unknown, so the cell reads failed.
    matrix.applyBlockLetters('flo', ['gus'], 'x', { gus: { ResultCode: 30001, ResultInfo: 'x' } });
    expect(matrix.cell(1, 2)).toBe(CELL.failed);
    expect(matrix.failure(2, 1)?.code).toBe(30001);
    expect(matrixToCsv(matrix).split('\r\n')[3]).toBe('gus,blocked:row-blocks-column,failed,self,');
  });
});

describe('planChecks', () => {
  const accounts = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

  it('asks only the upper triangle of a square both-ways check: N−1 calls', () => {
    const set = accounts(5);
    const calls = planChecks(set, set, 'CheckResult_Type_Both');
    expect(calls).toHaveLength(4);
    expect(calls.map((call) => call.to.length)).toEqual([4, 3, 2, 1]);
    expect(calls[0]).toEqual({ from: 'u0', to: ['u1', 'u2', 'u3', 'u4'] });
  });

  it('asks every row in single mode and for rectangles, skipping self', () => {
    const set = accounts(3);
    expect(planChecks(set, set, 'CheckResult_Type_Single')).toHaveLength(3);
    const rect = planChecks(['u0', 'x'], ['u0', 'u1', 'u2'], 'CheckResult_Type_Both');
    expect(rect).toEqual([
      { from: 'u0', to: ['u1', 'u2'] },
      { from: 'x', to: ['u0', 'u1', 'u2'] },
    ]);
  });

  it('splits rows past 1000 accounts and estimates time at 200 calls/s', () => {
    const set = accounts(1001);
    const both = planChecks(set, set, 'CheckResult_Type_Both');
    expect(both).toHaveLength(1000);
    const single = planChecks(set, set, 'CheckResult_Type_Single');
    expect(single.every((call) => call.to.length <= 1000)).toBe(true);
    expect(single).toHaveLength(1001);
    expect(planChecks(accounts(1002), accounts(1002), 'CheckResult_Type_Single')).toHaveLength(
      2004,
    );
    expect(minimumSeconds(999)).toBeCloseTo(4.995);
  });
});
