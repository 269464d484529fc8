/** The shell's and shared UI's words (namespace `common`). */
export const en = {
  andMore_one: ' (and {{count}} more)',
  andMore_other: ' (and {{count}} more)',
  notify: {
    except_one: '{{done}}, except {{count}}',
    except_other: '{{done}}, except {{count}}',
    more_one: 'and {{count}} more',
    more_other: 'and {{count}} more',
  },
  callInspector: {
    ms: '{{ms}} ms',
    attempts: 'Attempts',
    close: 'Close the call inspector',
    title: 'Call {{id}} · {{api}}',
    summary: 'Call summary',
    time: 'Time',
    httpStatus: 'HTTP status',
    duration: 'Duration',
    requestId: 'Request id',
    notRecorded: 'not recorded',
    faults: 'Faults',
    request: 'Request body',
    response: 'Response (verbatim)',
    notRecordedByEmulator: 'Not recorded by this emulator.',
    copied: 'Copied',
    copyJson: 'Copy JSON',
    copyCurl: 'Copy as curl',
    userSigNote:
      'Replace <ADMIN_USERSIG> with a UserSig for the admin account: generate one from the SDKAppID and its secret key with Tencent’s TLSSigAPIv2 (npm tls-sig-api-v2, or the console’s "UserSig Tools"). The emulator checks it with its own key.',
  },
  tabCalls: {
    button: 'Calls in this tab ({{calls}})',
    title: 'Calls made in this tab',
    close: 'Close calls in this tab',
    help: 'Single calls through the proxy, newest first; the last {{kept}} are kept until the tab closes. Runs are in History.',
    clear: 'Clear',
    table: 'Calls in this tab',
    time: 'Time ({{zone}})',
    outcome: 'Outcome',
    inspect: 'Inspect call {{id}} · {{api}}',
    noAnswer: 'no answer',
  },
  actions: {
    cancel: 'Cancel',
    close: 'Close',
  },
  confirmWrite: {
    unknownTarget: 'an unknown target',
    emulator: 'the emulator',
    tencent: 'a real Tencent Chat app',
    summary: 'What this write does',
    accounts: 'Accounts',
    target: 'Target',
    where: '{{where}} · SDKAppID {{sdkAppId}} · region {{region}}',
    confirmIn: '{{action}} in SDKAppID {{sdkAppId}}',
  },
  runStatus: {
    region: 'Run status',
    queued: 'Queued',
    running: 'Running',
    done: 'Done',
    cancelled: 'Cancelled',
    interrupted: 'Interrupted',
    failed: 'Failed',
    startedBy: 'Run {{id}} by {{operator}}, started {{time}}',
    progressLabel: 'Calls done: {{done}} of {{total}}',
    progress:
      '{{callsDone}} of {{total}} calls done · {{done}} of {{items}} items answered. The run goes on at the server if you leave; History lists it.',
    counts: '{{done}} done, {{notSent}} not sent, {{unknown}} unknown.',
    stopped: 'The run stopped: {{reason}}',
  },
  runEnding: {
    cancelled:
      'Cancelled: calls already sent were answered; the rest were not sent. Each row says which.',
    interrupted:
      'Interrupted: the console stopped mid-run. Nothing was re-sent; each row says whether it was done, not sent, or sent without an answer.',
  },
  leaveRun: {
    title: 'This run keeps going on the server',
    body: 'Leaving does not stop it. Come back through History, or open <path>{{runPath}}</path> to see it finish; Cancel on this screen stops it.',
    stay: 'Stay',
    leave: 'Leave',
  },
  exportCsv: {
    label: 'Export CSV of {{of}}',
    button: 'Export CSV',
  },
  shell: {
    productName: 'Friend Console',
    tagline: 'Tencent Cloud Chat relationship chain',
    toggleNavigation: 'Toggle navigation',
    mainNavigation: 'Main navigation',
    viewerNotice:
      'You are signed in as a viewer: every screen reads, and the controls that change data are disabled. Ask for the operator role to change anything.',
  },
  screens: {
    add: 'Add friends',
    matrix: 'Relation matrix',
    relations: 'Relations of a user',
    accounts: 'Accounts',
    plans: 'Plans',
    history: 'History',
    run: 'Run',
    emulator: 'Emulator',
    notFound: 'Page not found',
  },
  nav: {
    plansHint: 'declare, diff, apply',
    historyHint: 'runs · writes · who and when',
    emulatorHint: 'scenarios · faults · calls',
  },
  notFound: {
    body: 'There is no screen at this address. Go to <home>{{screen}}</home>.',
  },
  screenError: {
    newVersionTitle: 'A new version of the console is available',
    failedTitle: 'This screen failed',
    newVersionBody:
      'The console was updated while this tab was open, so this screen’s code is no longer on the server. Reload to get the new version; nothing you sent is lost.',
    failedBody:
      'Something went wrong while showing this screen. Reloading usually helps; if it does not, report the details below.',
    reload: 'Reload the console',
  },
  session: {
    local: 'local',
    viewersReadOnly: 'Viewers can only read',
    viewerTooltip: 'Viewers can only read: ask for the operator role to change anything.',
    operatorTooltip: 'Operators may read and change data.',
  },
  target: {
    unknown: 'Target unknown: proxy unreachable',
    connecting: 'Connecting…',
    emulator: 'Emulator · SDKAppID {{sdkAppId}}',
    tencent: 'Tencent Chat · {{region}} · SDKAppID {{sdkAppId}}',
    tooltip: 'Calls go to {{host}} as {{admin}}',
  },
  faultsActive_one: 'Faults active ({{count}})',
  faultsActive_other: 'Faults active ({{count}})',
  colorScheme: {
    label: 'Colour scheme: {{scheme}}',
    button: 'Theme: {{scheme}}',
    current: '{{scheme}} (current)',
    auto: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  language: {
    label: 'Language',
  },
  timeZone: {
    label: 'Time zone',
    browser: '{{zone}} (this browser)',
    help: 'Times on every screen and in exports use this zone.',
  },
  /** describeFailure's words (`src/api/describe-failure.ts`). */
  failure: {
    tencentSays: 'Tencent says: “{{info}}”',
    unexpected: 'Unexpected error',
    requestId: 'request {{id}}',
    tencentError: 'Tencent error {{code}}',
    nextStep: 'Next step:',
    network: {
      title: 'The console’s server could not be reached',
      nextStep: 'Check that the console is still running, then retry.',
    },
    contract: {
      title: 'Unexpected response',
      nextStep:
        'Report this with the request id; the response did not match the documented format.',
    },
    proxy: {
      upstream: 'Tencent Chat could not be reached or failed; retry in a moment.',
      forbiddenRole:
        'Your role does not allow this change: ask an administrator for the operator role, or sign in as an operator.',
      crossSite: 'Open the console from its own address and try again.',
      signIn: 'Sign in again, then retry.',
      forbidden: 'You are not allowed to do this; ask the console’s administrator.',
      tooLarge: 'Send fewer items at a time.',
      tooMany: 'Wait a moment, then retry.',
      fixFields: 'Fix the fields named above and send again.',
    },
  },
  /** Contract issues (`params.i18n`) and zod's own codes, worded by `issueMessage`. */
  validation: {
    tooManyBytes: '{{field}} is {{bytes}} bytes; the limit is {{limit}} bytes',
    tooFewBytes: '{{field}} must be at least {{minimum}} bytes',
    empty: '{{field}} must not be empty',
    accountIdChars: '{{field}} may contain only printable ASCII without spaces',
    required: '{{field}} is required',
    wrongType: '{{field}} must be a {{expected}}',
    oneOf: '{{field}} must be {{values}}',
    tooManyItems: '{{field}} has more than {{limit}} items; the limit is {{limit}}',
    tooFewItems: '{{field}} needs at least {{minimum}} item',
  },
  savePlan: {
    link: 'Save as plan',
  },
} as const;
