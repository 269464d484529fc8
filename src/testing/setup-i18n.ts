import { initAppI18n } from '@/app/i18n';

// Tests read English unless one switches on purpose (and switches back).
initAppI18n('en');
