export const en = {
  screen: {
    title: 'Add friends',
    intro:
      'Calls v4/sns/friend_add as the app admin, as a run on the server. Every account gets its own result and an explanation.',
    fromMissingTitle: 'From_Account does not exist',
    fromMissing:
      '{{from}} is not imported, so every row would fail with 30003. Import it on the Accounts screen first.',
  },
  confirm: {
    title: 'Add these friends?',
    consequenceSingle: "Adds {{count}} accounts to {{from}}'s friend list.",
    consequenceBoth: "Adds {{count}} accounts to {{from}}'s friend list, and them to each other’s.",
    button: 'Add friends',
  },
  form: {
    name: 'Add friends form',
    fromLabel: 'From account · From_Account',
    fromDescription: 'The user whose friend list gets the new friends.',
    toLabel: 'To accounts · To_Account',
    toDescription:
      'One account per line, or a CSV/TSV table whose header names To_Account and any of {{fields}}. {{rows}}.',
    rows_one: '{{count}} row',
    rows_other: '{{count}} rows',
    rowsInCalls: '{{rows}} rows, sent in {{calls}} calls of up to 1000',
    rowsOwnColumns: 'Rows set their own {{columns}}; the fields above fill the rest.',
    sharedColumns: 'The remark, group, source and message apply to every row.',
    applyToAll: 'Apply to all rows',
    checkFirstHint:
      'Reads account_check, friend_check, black_list_check and portrait_get; writes nothing.',
    checkFirst: 'Check first',
    submit: 'Add friends',
  },
} as const;
