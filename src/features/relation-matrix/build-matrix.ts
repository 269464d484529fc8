import { explainCode } from '@/shared/contract/error-codes';
import type { CheckType, InfoItem, Relation } from '@/shared/contract/friend-check';

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

/** Why a cell could not be checked: Tencent's code and words, or the proxy's problem. */
export interface CellFailure {
  code?: number;
  info: string;
  meaning: string;
  nextStep?: string;
}

export function itemFailure(code: number, info: string): CellFailure {
  const entry = explainCode(code);
  return { code, info, meaning: entry.meaning, nextStep: entry.nextStep };
}

/** Relations of rows (From_Account) to columns (To_Account), in a typed array. */
export class RelationMatrix {
  readonly cells: Uint8Array;
  readonly failures = new Map<number, CellFailure>();
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
    this.rowIndex = new Map(rows.map((account, index) => [account, index]));
    this.columnIndex = new Map(columns.map((account, index) => [account, index]));
    rows.forEach((account, row) => {
      const column = this.columnIndex.get(account);
      if (column !== undefined) this.cells[row * columns.length + column] = CELL.self;
    });
  }

  cell(row: number, column: number): CellCode {
    return (this.cells[row * this.columns.length + column] ?? CELL.pending) as CellCode;
  }

  failure(row: number, column: number): CellFailure | undefined {
    return this.failures.get(row * this.columns.length + column);
  }

  private set(from: string, to: string, code: CellCode, failure?: CellFailure): void {
    const row = this.rowIndex.get(from);
    const column = this.columnIndex.get(to);
    if (row === undefined || column === undefined || from === to) return;
    const index = row * this.columns.length + column;
    this.cells[index] = code;
    if (failure) this.failures.set(index, failure);
    else this.failures.delete(index);
  }

  /** Applies one friend_check answer; a both-ways answer fills the mirrored cell too. */
  apply(from: string, items: readonly InfoItem[]): void {
    const both = this.checkType === 'CheckResult_Type_Both';
    for (const item of items) {
      if (item.ResultCode !== 0) {
        const failure = itemFailure(item.ResultCode, item.ResultInfo);
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
  fail(from: string, to: readonly string[], failure: CellFailure): void {
    const both = this.checkType === 'CheckResult_Type_Both';
    for (const account of to) {
      this.set(from, account, CELL.failed, failure);
      if (both) this.set(account, from, CELL.failed, failure);
    }
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
    const start = row * this.columns.length;
    for (let index = start; index < start + this.columns.length; index += 1) {
      if (codes.has(this.cells[index] as CellCode)) return true;
    }
    return false;
  }

  counts(): Record<CellCode, number> {
    const counts = [0, 0, 0, 0, 0, 0, 0];
    for (const code of this.cells) counts[code] = (counts[code] ?? 0) + 1;
    return counts as unknown as Record<CellCode, number>;
  }
}

/** Unique accounts in order: a repeated account would make a repeated row. */
export function uniqueAccounts(accounts: readonly string[]): string[] {
  return [...new Set(accounts)];
}
