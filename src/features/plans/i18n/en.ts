/** The Plans screen's words (namespace `plans`). Tencent's field names stay as they are. */
export const en = {
  title: 'Plans',
  intro:
    'Declare the friendships, blocks and settings a set of accounts should have; see what differs from the live state; apply the difference as one run, verified by reading again.',
  editor: {
    label: 'Plan · JSON or YAML',
    description: 'Paste a plan or upload a file (schemas/plan.schema.json describes the format).',
    hasProblems: 'The plan has problems; see below.',
    problemsTitle: 'This plan cannot be used',
    upload: 'Upload plan file',
    example: 'Start from an example',
    download: 'Download plan',
    review: 'Review changes',
  },
  fromRun: {
    loading: 'Reading matrix run {{run}}…',
    loaded:
      'The friendships matrix run {{run}} found, as an additive plan. Review it to see that nothing differs, then edit it.',
    title: 'Saved from a matrix run',
  },
  changes: {
    title: 'Changes',
    inSync: 'In sync: nothing to change.',
    summary_one: '{{count}} change in {{calls}} calls, at least {{seconds}} s at the rate limits',
    summary_other:
      '{{count}} changes in {{calls}} calls, at least {{seconds}} s at the rate limits',
    none: 'No changes.',
    stillDifferent: 'Still different',
    columns: {
      change: 'Change',
      account: 'Account',
      details: 'Details',
    },
    apply: 'Apply plan',
  },
  kinds: {
    import: 'Import',
    profiles: 'Set profile',
    unblock: 'Unblock',
    delete: 'Delete friend',
    add: 'Add friend',
    fix: 'Fix remark/group',
    block: 'Block',
  },
  picture: {
    title: 'Picture',
    label: 'Planned changes as a matrix: rows are From_Account, columns To_Account',
    caption:
      'Row lists (or blocks) column. A dot is a friendship the plan wants that is already there.',
    kept: 'Friend, in place',
    cell: '{{from}} → {{to}}: {{changes}}',
    imported: '{{account}} (to import)',
    profile: '{{account}} (profile to set)',
  },
  run: {
    title: 'Run',
    label: 'Plan run',
    progress: '{{calls}} of {{plannedCalls}} calls, {{succeeded}} of {{items}} items succeeded',
    inSyncTitle: 'In sync',
    inSync: 'Read again after the run: the accounts match the plan.',
    notInSyncTitle: 'Not in sync',
    readFailed: 'Could not read the state again: {{error}}',
    stopped: 'The run stopped: {{reason}}',
    stillDiffer:
      'Read again after the run, these still differ. The History screen explains each failed item.',
    endedEarly: 'The run ended {{status}} before all its calls were made.',
  },
  undo: {
    button: 'Undo',
    title: 'Undo plan run {{run}}?',
    consequence:
      'Removes the blocks and friendships the run added, adds back the ones it removed (with their remark and group), and restores the remarks, groups and profile fields it changed. Accounts it imported stay imported.',
    confirm: 'Undo the run',
    runTitle: 'Undo',
    done: 'Undone by run {{run}}. Accounts the plan imported stay imported.',
    progress: 'Undo run {{run}}: {{status}}, {{succeeded}} of {{items}} items succeeded',
  },
  confirm: {
    title: 'Write to a real Tencent app?',
    body_one:
      'This applies <b>{{count}} change</b> ({{calls}} calls) in <b>SDKAppID {{sdkAppId}}</b>, region <b>{{region}}</b>. Real users will see these friendships and blocks.',
    body_other:
      'This applies <b>{{count}} changes</b> ({{calls}} calls) in <b>SDKAppID {{sdkAppId}}</b>, region <b>{{region}}</b>. Real users will see these friendships and blocks.',
    back: 'Go back',
    apply: 'Apply in SDKAppID {{sdkAppId}}',
  },
} as const;
