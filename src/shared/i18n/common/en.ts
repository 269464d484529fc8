/** The shell's and shared UI's words (namespace `common`). */
export const en = {
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
} as const;
