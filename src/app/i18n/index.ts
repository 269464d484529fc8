import { initI18n, type Language, loadNamespaces } from '@/shared/i18n';

import { bundled, loadCatalogue, type Namespace, SHELL_NAMESPACES } from './resources';

export { NAMESPACES, type Namespace } from './resources';

/**
 * Starts i18next and resolves once `namespaces` (the shell's unless told) are loaded in the
 * language in use; `language` fixes it (tests), else it is detected.
 */
export function initAppI18n(
  language?: Language,
  namespaces: readonly Namespace[] = SHELL_NAMESPACES,
): Promise<void> {
  return initI18n({ resources: bundled, loadCatalogue, namespaces, language });
}

/** A screen's module together with its feature's catalogues, for a lazy route. */
export async function withCatalogues<T>(
  namespaces: readonly Namespace[],
  module: Promise<T>,
): Promise<T> {
  const [loaded] = await Promise.all([module, loadNamespaces(namespaces)]);
  return loaded;
}
