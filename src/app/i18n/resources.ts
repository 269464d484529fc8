import type { en as accountsEn } from '@/features/accounts/i18n/en';
import type { en as emulatorPanelEn } from '@/features/emulator-panel/i18n/en';
import type { en as friendAddEn } from '@/features/friend-add/i18n/en';
import type { en as historyEn } from '@/features/history/i18n/en';
import type { en as plansEn } from '@/features/plans/i18n/en';
import type { en as relationMatrixEn } from '@/features/relation-matrix/i18n/en';
import type { en as userRelationsEn } from '@/features/user-relations/i18n/en';
import type { Language } from '@/shared/i18n';
import { en as commonEn } from '@/shared/i18n/common/en';
import { en as errorsEn } from '@/shared/i18n/errors/en';

/** Every namespace in English: the source of the typed keys. */
export interface EnglishCatalogues {
  common: typeof commonEn;
  errors: typeof errorsEn;
  friendAdd: typeof friendAddEn;
  relationMatrix: typeof relationMatrixEn;
  accounts: typeof accountsEn;
  userRelations: typeof userRelationsEn;
  emulatorPanel: typeof emulatorPanelEn;
  plans: typeof plansEn;
  history: typeof historyEn;
}
export type Namespace = keyof EnglishCatalogues;

/** What the shell shows before anything else loads, in the fallback language: in its script. */
export const bundled = { en: { common: commonEn, errors: errorsEn } };
export const SHELL_NAMESPACES: readonly Namespace[] = ['common', 'errors'];

/**
 * Every other catalogue is a chunk of its own, fetched in the language in use: the shell's in
 * Chinese before the first paint, a feature's with its screen. No one downloads a language they
 * do not read, nor the words of a screen they do not open.
 */
const loaders: Record<Language, Record<Namespace, () => Promise<unknown>>> = {
  en: {
    common: () => Promise.resolve(commonEn),
    errors: () => Promise.resolve(errorsEn),
    friendAdd: async () => (await import('@/features/friend-add/i18n/en')).en,
    relationMatrix: async () => (await import('@/features/relation-matrix/i18n/en')).en,
    accounts: async () => (await import('@/features/accounts/i18n/en')).en,
    userRelations: async () => (await import('@/features/user-relations/i18n/en')).en,
    emulatorPanel: async () => (await import('@/features/emulator-panel/i18n/en')).en,
    plans: async () => (await import('@/features/plans/i18n/en')).en,
    history: async () => (await import('@/features/history/i18n/en')).en,
  },
  'zh-CN': {
    common: async () => (await import('@/shared/i18n/common/zh-CN')).zhCN,
    errors: async () => (await import('@/shared/i18n/errors/zh-CN')).zhCN,
    friendAdd: async () => (await import('@/features/friend-add/i18n/zh-CN')).zhCN,
    relationMatrix: async () => (await import('@/features/relation-matrix/i18n/zh-CN')).zhCN,
    accounts: async () => (await import('@/features/accounts/i18n/zh-CN')).zhCN,
    userRelations: async () => (await import('@/features/user-relations/i18n/zh-CN')).zhCN,
    emulatorPanel: async () => (await import('@/features/emulator-panel/i18n/zh-CN')).zhCN,
    plans: async () => (await import('@/features/plans/i18n/zh-CN')).zhCN,
    history: async () => (await import('@/features/history/i18n/zh-CN')).zhCN,
  },
};

export const NAMESPACES = Object.keys(loaders.en) as Namespace[];

/** One catalogue, for i18next's backend; an unknown language or namespace is an error. */
export function loadCatalogue(language: string, namespace: string): Promise<unknown> {
  const load = (loaders as Record<string, Record<string, () => Promise<unknown>> | undefined>)[
    language
  ]?.[namespace];
  return load ? load() : Promise.reject(new Error(`No catalogue ${language}/${namespace}`));
}
