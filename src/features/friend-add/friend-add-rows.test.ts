import { describe, expect, it } from 'vitest';

import {
  FriendAddFormSchema,
  type FriendAddFormValues,
  valuesFromRun,
} from './friend-add-form-schema';
import { formatRows, parseRows, toAddFriendItem } from './friend-add-rows';

/** The run a valid form comes out as, through the form's own schema. */
const toFriendAddRun = (form: FriendAddFormValues) => FriendAddFormSchema.parse(form);

const shared = {
  Remark: 'team',
  GroupName: '',
  AddSource: 'AddSource_Type_Console',
  AddWording: '',
};

describe('parseRows', () => {
  it('reads a plain list, one account per line or separated by commas', () => {
    expect(parseRows('bob\ncarol, dave\n\n').rows).toEqual([
      { To_Account: 'bob' },
      { To_Account: 'carol' },
      { To_Account: 'dave' },
    ]);
    expect(parseRows('bob').columns).toEqual([]);
  });

  it('reads CSV and TSV with a header naming per-row fields, in any case', () => {
    const csv = parseRows('to_account,Remark,GroupName\nbob,"Bob, from QA",testers\ncarol,,\n');
    expect(csv.columns).toEqual(['Remark', 'GroupName']);
    expect(csv.rows).toEqual([
      { To_Account: 'bob', Remark: 'Bob, from QA', GroupName: 'testers' },
      { To_Account: 'carol' },
    ]);
    const tsv = parseRows('To_Account\tAddWording\nbob\thello there\n');
    expect(tsv.delimiter).toBe('\t');
    expect(tsv.rows).toEqual([{ To_Account: 'bob', AddWording: 'hello there' }]);
  });

  it('reads a header without To_Account as a table and names the missing column, not as accounts', () => {
    const parsed = parseRows('UserID,Remark\nbob,Bob\n');
    expect(parsed.problems).toEqual([
      'The header has no To_Account column; name the accounts column To_Account',
      'Column "UserID" is not a friend_add field; use To_Account, Remark, GroupName, AddSource, AddWording',
    ]);
    expect(parsed.rows.map((row) => row.To_Account)).not.toContain('UserID');
    // A plain list whose accounts merely look like words stays a list.
    expect(parseRows('bob,carol\ndave').rows).toHaveLength(3);
  });

  it('names an unknown column and a row with the wrong number of cells', () => {
    const parsed = parseRows('To_Account,Nickname\nbob,x\ncarol,y,z\n');
    expect(parsed.problems).toEqual([
      'Column "Nickname" is not a friend_add field; use To_Account, Remark, GroupName, AddSource, AddWording',
      'Row 2: has a different number of cells than the header (2)',
    ]);
  });

  it('writes rows back as they came, so removing one keeps the table', () => {
    const parsed = parseRows('To_Account\tRemark\nbob\tB\ncarol\t\n');
    expect(formatRows({ ...parsed, rows: parsed.rows.slice(1) })).toBe(
      'To_Account\tRemark\ncarol\t',
    );
    expect(formatRows(parseRows('bob, carol'))).toBe('bob\ncarol');
  });
});

describe('toAddFriendItem', () => {
  it('prefers the row’s own value and leaves empty fields out', () => {
    expect(toAddFriendItem({ To_Account: 'bob', Remark: 'own' }, shared)).toEqual({
      To_Account: 'bob',
      Remark: 'own',
      AddSource: 'AddSource_Type_Console',
    });
    expect(toAddFriendItem({ To_Account: 'carol' }, shared)).toEqual({
      To_Account: 'carol',
      Remark: 'team',
      AddSource: 'AddSource_Type_Console',
    });
  });
});

describe('FriendAddFormSchema rows', () => {
  const values = {
    From_Account: 'alice',
    Remark: '',
    GroupName: '',
    AddSource: 'AddSource_Type_Console',
    AddWording: '',
    AddType: 'Add_Type_Both' as const,
    ForceAddFlags: false,
  };

  it('names the row, the field and the limit in bytes of a row’s own cell', () => {
    const result = FriendAddFormSchema.safeParse({
      ...values,
      To_Account: `To_Account,Remark,AddSource\nbob,ok,AddSource_Type_Web\ncarol,${'你'.repeat(33)},\ndave,,Web\n`,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Row 2: Remark is 99 bytes; the limit is 96 bytes; Row 3: AddSource must be AddSource_Type_ followed by 1–8 ASCII letters',
    ]);
  });

  it('sends each row with its own fields, as one run', () => {
    const run = toFriendAddRun({
      ...values,
      To_Account: 'To_Account,Remark\nbob,Bob\ncarol,\n',
      Remark: 'default',
    });
    expect(run).toMatchObject({ kind: 'friend_add', AddType: 'Add_Type_Both', ForceAddFlags: 0 });
    expect(run.kind === 'friend_add' && run.AddFriendItem).toEqual([
      { To_Account: 'bob', Remark: 'Bob', AddSource: 'AddSource_Type_Console' },
      { To_Account: 'carol', Remark: 'default', AddSource: 'AddSource_Type_Console' },
    ]);
  });

  it('fills the form back from a stored run: shared values in fields, differing ones per row', () => {
    const run = toFriendAddRun({
      ...values,
      To_Account: 'To_Account,Remark\nbob,Bob\ncarol,\n',
      Remark: 'default',
      AddWording: 'hi',
      ForceAddFlags: true,
    });
    expect(valuesFromRun(run)).toMatchObject({
      From_Account: values.From_Account,
      To_Account: 'To_Account\tRemark\nbob\tBob\ncarol\tdefault',
      Remark: '',
      AddWording: 'hi',
      ForceAddFlags: true,
    });
    expect(valuesFromRun({ kind: 'retry', run: 'r-12345678' })).toBeUndefined();
  });
});
