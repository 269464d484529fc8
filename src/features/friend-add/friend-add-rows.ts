import i18next from 'i18next';
import Papa from 'papaparse';

import { accountId } from '@/shared/contract/common';
import { AddFriendItem } from '@/shared/contract/friend-add';
import { issueMessage } from '@/shared/i18n';
import { parseAccountList } from '@/shared/lib/account-list';

/** The friend_add item fields a pasted table may set per row. */
export const ROW_FIELDS = ['To_Account', 'Remark', 'GroupName', 'AddSource', 'AddWording'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
/** The fields the form also offers once for every row. */
export type SharedField = Exclude<RowField, 'To_Account'>;
export const SHARED_FIELDS: readonly SharedField[] = [
  'Remark',
  'GroupName',
  'AddSource',
  'AddWording',
];

/** One pasted row: its own values; a blank or missing cell takes the form's value for all rows. */
export type AddRow = { To_Account: string } & Partial<Record<SharedField, string>>;

export interface ParsedRows {
  rows: AddRow[];
  /** The per-row columns a header named; empty for a plain list of accounts. */
  columns: SharedField[];
  /** Table problems (unknown column, wrong cell count), each naming its row. */
  problems: string[];
  /** Kept so that removing a row writes the table back as it came. */
  delimiter: string;
}

/** Column names that mark a first line as a header, not as accounts: the fields, and ID columns. */
const HEADER_WORDS = new Set(
  [...ROW_FIELDS, 'From_Account', 'UserID', 'Identifier', 'Account'].map((word) =>
    word.toLowerCase(),
  ),
);

function canonicalField(header: string): RowField | undefined {
  return ROW_FIELDS.find((field) => field.toLowerCase() === header.trim().toLowerCase());
}

/** A first line with two or more cells, one of them a known column name, is a table's header. */
function isHeader(line: string): boolean {
  const cells = line.split(/[\t,;]/).map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  return (
    cells.includes('to_account') || (cells.length > 1 && cells.some((c) => HEADER_WORDS.has(c)))
  );
}

/**
 * Reads the To accounts box: a plain list (one account per line, or separated by commas), or a
 * CSV/TSV table whose header row names To_Account and any of the other per-row fields.
 */
export function parseRows(text: string): ParsedRows {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  if (!isHeader(firstLine)) {
    return {
      rows: parseAccountList(text).map((To_Account) => ({ To_Account })),
      columns: [],
      problems: [],
      delimiter: ',',
    };
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\s*\n/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: ['\t', ',', ';'],
  });
  const problems: string[] = [];
  const headers = parsed.meta.fields ?? [];
  const columns: SharedField[] = [];
  for (const header of headers) {
    const field = canonicalField(header);
    if (field === undefined) {
      problems.push(
        i18next.t('friendAdd:rows.notAField', { header, fields: ROW_FIELDS.join(', ') }),
      );
    } else if (field !== 'To_Account') columns.push(field);
  }
  // Without a To_Account column no cell would be read as an account: name what is missing.
  if (!headers.some((header) => canonicalField(header) === 'To_Account'))
    problems.unshift(i18next.t('friendAdd:rows.noHeader'));
  for (const error of parsed.errors) {
    const problem =
      error.code === 'TooManyFields' || error.code === 'TooFewFields'
        ? i18next.t('friendAdd:rows.cellCount', { cells: headers.length })
        : error.message;
    problems.push(
      error.row === undefined
        ? problem
        : i18next.t('friendAdd:rows.cells', { row: error.row + 1, problem }),
    );
  }
  const rows = parsed.data.map((record) => {
    const row: AddRow = { To_Account: '' };
    for (const [header, value] of Object.entries(record)) {
      const field = canonicalField(header);
      const cell = typeof value === 'string' ? value.trim() : '';
      if (field !== undefined && cell !== '') row[field] = cell;
    }
    return row;
  });
  return { rows, columns, problems, delimiter: parsed.meta.delimiter };
}

/** Writes rows back into the box, as a list or as a table with the columns it had. */
export function formatRows({ rows, columns, delimiter }: Omit<ParsedRows, 'problems'>): string {
  if (columns.length === 0) return rows.map((row) => row.To_Account).join('\n');
  const fields: RowField[] = ['To_Account', ...columns];
  return Papa.unparse(
    { fields, data: rows.map((row) => fields.map((field) => row[field] ?? '')) },
    { delimiter, newline: '\n' },
  );
}

/** The item sent for a row: its own values first, then the form's values for every row. */
export function toAddFriendItem(row: AddRow, shared: Record<SharedField, string>): AddFriendItem {
  const item: AddFriendItem = { To_Account: row.To_Account };
  for (const field of SHARED_FIELDS) {
    const value = row[field] ?? shared[field];
    if (value !== '') item[field] = value;
  }
  return item;
}

const toAccount = accountId('To_Account');

/** What is wrong with each row on its own: its account, its cells, a repeat or From_Account itself. */
export function rowProblems(rows: readonly AddRow[], from: string): string[][] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const problems: string[] = [];
    const parsed = toAccount.safeParse(row.To_Account);
    const account = row.To_Account;
    const issue = parsed.error?.issues[0];
    if (issue) problems.push(issueMessage(issue, account));
    else if (account === from) problems.push(i18next.t('friendAdd:rows.isFrom', { account }));
    else if (seen.has(account)) problems.push(i18next.t('friendAdd:rows.twice', { account }));
    seen.add(row.To_Account);
    // Only a row's own cells are checked here; the shared fields report on themselves.
    for (const field of SHARED_FIELDS) {
      const own = row[field];
      if (own === undefined) continue;
      const checked = AddFriendItem.shape[field].safeParse(own);
      const cellIssue = checked.error?.issues[0];
      if (cellIssue) problems.push(issueMessage(cellIssue, own));
    }
    return problems;
  });
}
