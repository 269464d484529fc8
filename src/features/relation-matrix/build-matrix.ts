import i18next from 'i18next';

import { describeCallFailure, failureSummary } from '@/api/describe-failure';
import { type ItemFailure, itemFailureOf } from '@/api/item-failure';
import type { CheckType, InfoItem, Relation } from '@/shared/contract/friend-check';
import {
  BLOCK_LETTERS,
  FAILED_LETTER,
  type MatrixCall,
  RELATION_LETTERS,
} from '@/shared/contract/runs';

/** A cell's state, one byte each, so a million cells cost a megabyte. */
export const CELL = {
  pending: 0,
  bothWay: 1,
  aWithB: 2,
  bWithA: 3,
  none: 4,
  failed: 5,
  self: 6,
} as const;
export type CellCode = (typeof CELL)[keyof typeof CELL];

const FROM_RELATION: Record<Relation, CellCode> = {
  CheckResult_Type_BothWay: CELL.bothWay,
  CheckResult_Type_AWithB: CELL.aWithB,
  CheckResult_Type_BWithA: CELL.bWithA,
  CheckResult_Type_NoRelation: CELL.none,
};

const CODE_COUNT = 7;

const RELATION_OF_LETTER = new Map<string, Relation>(
  Object.entries(RELATION_LETTERS).map(([relation, letter]) => [letter, relation as Relation]),
);

/** What a run's call that never answered means for its cells. */
function unanswered(state: 'not_sent' | 'unknown'): ItemFailure {
  const nextStep = i18next.t('relationMatrix:unanswered.again');
  return state === 'not_sent'
    ? {
        info: i18next.t('relationMatrix:unanswered.notSent'),
        meaning: i18next.t('relationMatrix:unanswered.notSentMeaning'),
        nextStep,
        retryable: true, // a read: checking again is always safe
      }
    : {
        info: i18next.t('relationMatrix:unanswered.noAnswer'),
        meaning: i18next.t('relationMatrix:unanswered.noAnswerMeaning'),
        nextStep,
        retryable: true,
      };
}

/** Seen from the other side, A→B only becomes B→A only. */
const MIRROR: Record<CellCode, CellCode> = {
  [CELL.pending]: CELL.pending,
  [CELL.bothWay]: CELL.bothWay,
  [CELL.aWithB]: CELL.bWithA,
  [CELL.bWithA]: CELL.aWithB,
  [CELL.none]: CELL.none,
  [CELL.failed]: CELL.failed,
  [CELL.self]: CELL.self,
};

/** Who blocks whom in a cell, from black_list_check: a bit for each direction. */
export const BLOCK = { none: 0, rowBlocksColumn: 1, columnBlocksRow: 2, both: 3 } as const;
export type BlockCode = (typeof BLOCK)[keyof typeof BLOCK];

/** What `data-block` carries on a blocked cell (none carries no attribute). */
export const CELL_DATA_BLOCK: Record<BlockCode, string | undefined> = {
  [BLOCK.none]: undefined,
  [BLOCK.rowBlocksColumn]: 'row-blocks-column',
  [BLOCK.columnBlocksRow]: 'column-blocks-row',
  [BLOCK.both]: 'both',
};

/** black_list_check's letters as seen from From_Account (the row of the call). */
const BLOCK_OF_LETTER = new Map<string, BlockCode>([
  [BLOCK_LETTERS.BlackCheckResult_Type_BothWay, BLOCK.both],
  [BLOCK_LETTERS.BlackCheckResult_Type_AWithB, BLOCK.rowBlocksColumn],
  [BLOCK_LETTERS.BlackCheckResult_Type_BWithA, BLOCK.columnBlocksRow],
  [BLOCK_LETTERS.BlackCheckResult_Type_NO, BLOCK.none],
]);

/** Seen from the other side, "row blocks column" becomes "column blocks row". */
const MIRROR_BLOCK: Record<BlockCode, BlockCode> = {
  [BLOCK.none]: BLOCK.none,
  [BLOCK.rowBlocksColumn]: BLOCK.columnBlocksRow,
  [BLOCK.columnBlocksRow]: BLOCK.rowBlocksColumn,
  [BLOCK.both]: BLOCK.both,
};

/** What `data-relation` carries: Tencent's Relation value, or failed / self / pending. */
export const CELL_DATA_RELATION: Record<CellCode, string> = {
  [CELL.pending]: 'pending',
  [CELL.bothWay]: 'CheckResult_Type_BothWay',
  [CELL.aWithB]: 'CheckResult_Type_AWithB',
  [CELL.bWithA]: 'CheckResult_Type_BWithA',
  [CELL.none]: 'CheckResult_Type_NoRelation',
  [CELL.failed]: 'failed',
  [CELL.self]: 'self',
};

/** Relations of rows (From_Account) to columns (To_Account), in a typed array. */
export class RelationMatrix {
  readonly cells: Uint8Array;
  /** BlockCode per cell, filled by the run's black_list_check pass. */
  readonly blocks: Uint8Array;
  readonly failures = new Map<number, ItemFailure>();
  private blockedCells = 0;
  /** Blocked cells per row, for the "Blocked" filter. */
  private readonly rowBlocked: Uint32Array;
  /** Cells per code, kept as cells change, so counting never rescans a million cells. */
  private readonly tallies = new Float64Array(CODE_COUNT);
  /** The same per row (row × CODE_COUNT + code), so the row filters cost one look-up a row. */
  private readonly rowTallies: Uint32Array;
  private readonly rowIndex: Map<string, number>;
  private readonly columnIndex: Map<string, number>;

  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly checkType: CheckType;

  constructor(rows: readonly string[], columns: readonly string[], checkType: CheckType) {
    this.rows = rows;
    this.columns = columns;
    this.checkType = checkType;
    this.cells = new Uint8Array(rows.length * columns.length);
    this.blocks = new Uint8Array(rows.length * columns.length);
    this.rowBlocked = new Uint32Array(rows.length);
    this.rowIndex = new Map(rows.map((account, index) => [account, index]));
    this.columnIndex = new Map(columns.map((account, index) => [account, index]));
    this.rowTallies = new Uint32Array(rows.length * CODE_COUNT);
    this.tallies[CELL.pending] = rows.length * columns.length;
    rows.forEach((account, row) => {
      this.rowTallies[row * CODE_COUNT + CELL.pending] = columns.length;
      const column = this.columnIndex.get(account);
      if (column !== undefined) this.write(row, row * columns.length + column, CELL.self);
    });
  }

  private write(row: number, index: number, code: CellCode): void {
    const old = this.cells[index] ?? CELL.pending;
    if (old === code) return;
    this.cells[index] = code;
    this.tallies[old] = (this.tallies[old] ?? 0) - 1;
    this.tallies[code] = (this.tallies[code] ?? 0) + 1;
    const base = row * CODE_COUNT;
    this.rowTallies[base + old] = (this.rowTallies[base + old] ?? 0) - 1;
    this.rowTallies[base + code] = (this.rowTallies[base + code] ?? 0) + 1;
  }

  cell(row: number, column: number): CellCode {
    return (this.cells[row * this.columns.length + column] ?? CELL.pending) as CellCode;
  }

  block(row: number, column: number): BlockCode {
    return (this.blocks[row * this.columns.length + column] ?? BLOCK.none) as BlockCode;
  }

  /** Cells where either side blocks the other. */
  blockedCount(): number {
    return this.blockedCells;
  }

  private setBlock(from: string, to: string, block: BlockCode): void {
    const row = this.rowIndex.get(from);
    const column = this.columnIndex.get(to);
    if (row === undefined || column === undefined || from === to) return;
    const index = row * this.columns.length + column;
    const change = Number(block !== BLOCK.none) - Number((this.blocks[index] ?? 0) !== BLOCK.none);
    this.blocks[index] = block;
    this.blockedCells += change;
    this.rowBlocked[row] = (this.rowBlocked[row] ?? 0) + change;
  }

  failure(row: number, column: number): ItemFailure | undefined {
    return this.failures.get(row * this.columns.length + column);
  }

  private set(from: string, to: string, code: CellCode, failure?: ItemFailure): void {
    const row = this.rowIndex.get(from);
    const column = this.columnIndex.get(to);
    if (row === undefined || column === undefined || from === to) return;
    const index = row * this.columns.length + column;
    this.write(row, index, code);
    if (failure) this.failures.set(index, failure);
    else this.failures.delete(index);
  }

  /** Applies one friend_check answer; a both-ways answer fills the mirrored cell too. */
  apply(from: string, items: readonly InfoItem[]): void {
    const both = this.checkType === 'CheckResult_Type_Both';
    for (const item of items) {
      if (item.ResultCode !== 0) {
        const failure = itemFailureOf(item.ResultCode, item.ResultInfo, item.To_Account);
        this.set(from, item.To_Account, CELL.failed, failure);
        if (both) this.set(item.To_Account, from, CELL.failed, failure);
        continue;
      }
      const code = FROM_RELATION[item.Relation];
      this.set(from, item.To_Account, code);
      if (both) this.set(item.To_Account, from, MIRROR[code]);
    }
  }

  /** A call that failed as a whole marks every cell it would have filled. */
  fail(from: string, to: readonly string[], failure: ItemFailure): void {
    const both = this.checkType === 'CheckResult_Type_Both';
    for (const account of to) {
      this.set(from, account, CELL.failed, failure);
      if (both) this.set(account, from, CELL.failed, failure);
    }
  }

  /** Applies one stored call of a matrix run: friend_check `Relations` or black_list_check `Blocks`. */
  applyCall(call: MatrixCall): void {
    if (call.check === 'black_list_check' && call.state === 'done' && !call.failure) {
      this.applyBlockLetters(call.From_Account, call.To_Account, call.Blocks ?? '', call.failures);
      return;
    }
    if (call.state !== 'done') {
      this.fail(call.From_Account, call.To_Account, unanswered(call.state));
      return;
    }
    if (call.failure || call.Relations === null) {
      const described = describeCallFailure(
        call.failure ?? { status: 502, title: i18next.t('relationMatrix:unanswered.noneStored') },
      );
      this.fail(call.From_Account, call.To_Account, {
        ...(call.failure?.ErrorCode === undefined ? {} : { code: call.failure.ErrorCode }),
        info: failureSummary(described),
        meaning: described.meaning,
        nextStep: described.nextStep,
        retryable: described.retryable,
      });
      return;
    }
    const relations = call.Relations;
    const items = call.To_Account.map((To_Account, index): InfoItem => {
      const letter = relations[index] ?? FAILED_LETTER;
      const relation = RELATION_OF_LETTER.get(letter);
      const failed = call.failures[To_Account];
      if (relation && letter !== FAILED_LETTER) {
        return { To_Account, Relation: relation, ResultCode: 0, ResultInfo: '' };
      }
      return {
        To_Account,
        Relation: 'CheckResult_Type_NoRelation',
        ResultCode: failed?.ResultCode ?? -1,
        ResultInfo: failed?.ResultInfo ?? 'no result stored',
      };
    });
    this.apply(call.From_Account, items);
  }

  /**
   * One black_list_check answer (CheckType BlackCheckResult_Type_Both) as letters per To_Account;
   * it fills the mirrored cell too. A failed item marks its cell failed, as its block is unknown.
   */
  applyBlockLetters(
    from: string,
    to: readonly string[],
    letters: string,
    failures: MatrixCall['failures'] = {},
  ): void {
    to.forEach((account, index) => {
      const block = BLOCK_OF_LETTER.get(letters[index] ?? FAILED_LETTER);
      if (block === undefined) {
        const failed = failures[account];
        const failure = itemFailureOf(
          failed?.ResultCode ?? -1,
          failed?.ResultInfo ?? 'no result',
          account,
        );
        this.set(from, account, CELL.failed, failure);
        this.set(account, from, CELL.failed, failure);
        return;
      }
      this.setBlock(from, account, block);
      this.setBlock(account, from, MIRROR_BLOCK[block]);
    });
  }

  /** Rows with at least one failed cell: what "Check failures again" asks again. */
  rowsWithFailures(): string[] {
    const width = this.columns.length;
    const rows = new Set<number>();
    for (const index of this.failures.keys()) rows.add(Math.floor(index / width));
    return [...rows].sort((a, b) => a - b).map((row) => this.rows[row] ?? '');
  }

  /** Whether any cell of the row is one of `codes`: the filters show only such rows. */
  rowHas(row: number, codes: ReadonlySet<CellCode>): boolean {
    for (const code of codes) if ((this.rowTallies[row * CODE_COUNT + code] ?? 0) > 0) return true;
    return false;
  }

  rowHasBlock(row: number): boolean {
    return (this.rowBlocked[row] ?? 0) > 0;
  }

  counts(): Record<CellCode, number> {
    return Array.from(this.tallies) as unknown as Record<CellCode, number>;
  }
}

/** Unique accounts in order: a repeated account would make a repeated row. */
export function uniqueAccounts(accounts: readonly string[]): string[] {
  return [...new Set(accounts)];
}
