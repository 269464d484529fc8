import { initAppI18n, NAMESPACES } from '@/app/i18n';

// Tests read English unless one switches on purpose (and switches back), with every screen's
// words at hand: a test renders a screen directly, without the route that loads them.
await initAppI18n('en', NAMESPACES);
