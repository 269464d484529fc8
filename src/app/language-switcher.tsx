import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { currentLanguage, LANGUAGE_NAMES, LANGUAGES, toLanguage } from '@/shared/i18n';

/**
 * English / 简体中文: a native select, so the keyboard and screen readers get it for free. A
 * choice drops `?lang=` from the URL, which would otherwise win again on the next reload.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <NativeSelect
      size="xs"
      w={104}
      aria-label={t('language.label')}
      data-testid="language-switcher"
      value={currentLanguage()}
      onChange={(event) => {
        void i18n.changeLanguage(toLanguage(event.currentTarget.value));
        if (searchParams.has('lang')) {
          const next = new URLSearchParams(searchParams);
          next.delete('lang');
          setSearchParams(next, { replace: true });
        }
      }}
      data={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
    />
  );
}
