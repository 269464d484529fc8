import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';

import { LanguageSwitcher } from '@/app/language-switcher';
import { TimeZoneSetting } from '@/app/time-zone-setting';
import { LANGUAGE_STORAGE_KEY, TIME_ZONE_STORAGE_KEY, getTimeZone } from '@/shared/i18n';
import { renderWithProviders } from '@/testing/render';

import { initAppI18n } from '.';

function visit(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

afterEach(async () => {
  localStorage.clear();
  visit('');
  await initAppI18n('en');
});

describe('language detection', () => {
  it('takes ?lang= first, stores it, and sets <html lang>', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    visit('?lang=zh-CN');
    await initAppI18n();
    expect(i18next.language).toBe('zh-CN');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(i18next.t('language.label')).toBe('语言');
  });

  it('keeps the stored choice on a URL without ?lang=', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh-CN');
    await initAppI18n();
    expect(i18next.language).toBe('zh-CN');
  });

  it('follows the browser (jsdom says en-US) and reads any Chinese as zh-CN', async () => {
    await initAppI18n();
    expect(i18next.language).toBe('en');
    visit('?lang=zh-TW');
    await initAppI18n();
    expect(i18next.language).toBe('zh-CN');
  });

  it('ignores a language it does not speak', async () => {
    visit('?lang=fr');
    await initAppI18n();
    expect(i18next.language).toBe('en');
  });
});

describe('header settings', () => {
  it('switches the language from the keyboard, persists it and updates <html lang>', async () => {
    await initAppI18n('en');
    renderWithProviders(<LanguageSwitcher />);
    const switcher = screen.getByTestId('language-switcher');
    expect(switcher).toHaveAccessibleName('Language');
    await userEvent.selectOptions(switcher, '简体中文');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(await screen.findByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  });

  it('stores the chosen time zone and shows it', async () => {
    renderWithProviders(<TimeZoneSetting />);
    const setting = screen.getByTestId('time-zone-setting');
    await userEvent.selectOptions(setting, 'Asia/Shanghai');
    expect(localStorage.getItem(TIME_ZONE_STORAGE_KEY)).toBe('Asia/Shanghai');
    expect(getTimeZone()).toBe('Asia/Shanghai');
    expect(setting).toHaveValue('Asia/Shanghai');
  });
});
