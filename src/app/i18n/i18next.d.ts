import 'i18next';

import type { EnglishCatalogues } from './resources';

/** Typed keys: a key the English catalogues lack does not compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: EnglishCatalogues;
  }
}
