import type { Catalogue } from '@/shared/i18n';

import type { en } from './en';

export const zhCN = {} satisfies Catalogue<typeof en>;
