import type { ExportLanguage } from '@/shared/contract/runs';
import { type ErrorTexts, en as errorsEn } from '@/shared/i18n/errors/en';
import { zhCN as errorsZhCN } from '@/shared/i18n/errors/zh-CN';

/**
 * The few words the proxy writes into CSV exports, in the console's languages. The UI's words
 * live in i18next catalogues; these are the server's, and error texts come from the same
 * `errors` catalogues the UI uses.
 */
interface ExportWords {
  errors: ErrorTexts;
  nextStep: (step: string) => string;
  run: (kind: string, items: number) => string;
  call: (accounts: number) => string;
}

const englishPlural = new Intl.PluralRules('en');
const plural = (count: number, one: string, other: string) =>
  `${count} ${englishPlural.select(count) === 'one' ? one : other}`;

const WORDS: Record<ExportLanguage, ExportWords> = {
  en: {
    errors: errorsEn,
    nextStep: (step) => `Next step: ${step}`,
    run: (kind, items) => `${kind} run, ${plural(items, 'item', 'items')}`,
    call: (accounts) => plural(accounts, 'account', 'accounts'),
  },
  'zh-CN': {
    errors: errorsZhCN,
    nextStep: (step) => `下一步：${step}`,
    run: (kind, items) => `${kind} 任务，${items} 项`,
    call: (accounts) => `${accounts} 个账号`,
  },
};

export function exportWords(language: ExportLanguage) {
  const words = WORDS[language];
  return {
    ...words,
    /** Meaning and next step of a ResultCode; empty for success or no answer. */
    explain(code: number | null | undefined): string {
      if (code === null || code === undefined || code === 0) return '';
      const known = words.errors[`${code}`];
      const text = known ?? {
        meaning: words.errors.unknown.meaning.replace('{{code}}', String(code)),
        nextStep: words.errors.unknown.nextStep,
      };
      return `${text.meaning} ${words.nextStep(text.nextStep)}`;
    },
  };
}
