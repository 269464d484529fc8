import { initI18n, type Language } from '@/shared/i18n';

import { NAMESPACES, resources } from './resources';

/** Starts i18next with every catalogue; `language` fixes it (tests), else it is detected. */
export function initAppI18n(language?: Language) {
  return initI18n({ resources, namespaces: NAMESPACES, language });
}
