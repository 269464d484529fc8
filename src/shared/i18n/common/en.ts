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
} as const;
