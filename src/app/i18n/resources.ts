import { en as accountsEn } from '@/features/accounts/i18n/en';
import { zhCN as accountsZhCN } from '@/features/accounts/i18n/zh-CN';
import { en as emulatorPanelEn } from '@/features/emulator-panel/i18n/en';
import { zhCN as emulatorPanelZhCN } from '@/features/emulator-panel/i18n/zh-CN';
import { en as friendAddEn } from '@/features/friend-add/i18n/en';
import { zhCN as friendAddZhCN } from '@/features/friend-add/i18n/zh-CN';
import { en as historyEn } from '@/features/history/i18n/en';
import { zhCN as historyZhCN } from '@/features/history/i18n/zh-CN';
import { en as plansEn } from '@/features/plans/i18n/en';
import { zhCN as plansZhCN } from '@/features/plans/i18n/zh-CN';
import { en as relationMatrixEn } from '@/features/relation-matrix/i18n/en';
import { zhCN as relationMatrixZhCN } from '@/features/relation-matrix/i18n/zh-CN';
import { en as userRelationsEn } from '@/features/user-relations/i18n/en';
import { zhCN as userRelationsZhCN } from '@/features/user-relations/i18n/zh-CN';
import { en as commonEn } from '@/shared/i18n/common/en';
import { zhCN as commonZhCN } from '@/shared/i18n/common/zh-CN';
import { en as errorsEn } from '@/shared/i18n/errors/en';
import { zhCN as errorsZhCN } from '@/shared/i18n/errors/zh-CN';

/** Every namespace in English: the source of the typed keys and of the fallback. */
export const en = {
  common: commonEn,
  errors: errorsEn,
  friendAdd: friendAddEn,
  relationMatrix: relationMatrixEn,
  accounts: accountsEn,
  userRelations: userRelationsEn,
  emulatorPanel: emulatorPanelEn,
  plans: plansEn,
  history: historyEn,
} as const;

export const resources = {
  en,
  'zh-CN': {
    common: commonZhCN,
    errors: errorsZhCN,
    friendAdd: friendAddZhCN,
    relationMatrix: relationMatrixZhCN,
    accounts: accountsZhCN,
    userRelations: userRelationsZhCN,
    emulatorPanel: emulatorPanelZhCN,
    plans: plansZhCN,
    history: historyZhCN,
  },
} as const satisfies Record<string, Record<keyof typeof en, unknown>>;

export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];
