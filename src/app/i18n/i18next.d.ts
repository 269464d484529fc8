import 'i18next';

import type { en } from './resources';

/** Typed keys: `t('accounts:title')` is checked against the English catalogues. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
