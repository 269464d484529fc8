import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';

import { initAppI18n, NAMESPACES, type Namespace, withCatalogues } from '.';

// setup-i18n loads every namespace in English; in Chinese, these tests start from what the
// console itself loads, in order (a re-init keeps the bundles already loaded).
afterEach(() => initAppI18n('en', NAMESPACES));

describe('catalogues load with the language and the screen that need them', () => {
  it('has the shell’s words in Chinese once init resolves, and no feature’s yet', async () => {
    await initAppI18n('zh-CN');
    expect(i18next.hasResourceBundle('zh-CN', 'common')).toBe(true);
    expect(i18next.t('language.label')).toBe('语言');
    expect(i18next.hasResourceBundle('zh-CN', 'friendAdd')).toBe(false);
  });

  it('loads a screen’s words in the language in use, and only that screen’s', async () => {
    await initAppI18n('zh-CN');
    const module = await withCatalogues(['friendAdd'], Promise.resolve('the screen'));
    expect(module).toBe('the screen');
    expect(i18next.t('friendAdd:screen.title')).toBe('添加好友');
    expect(i18next.hasResourceBundle('zh-CN', 'accounts')).toBe(false);
  });

  it('switches language only once the open screens’ words have arrived in it', async () => {
    await initAppI18n('en');
    await withCatalogues(['relationMatrix'], Promise.resolve());
    expect(i18next.hasResourceBundle('zh-CN', 'relationMatrix')).toBe(false);
    await i18next.changeLanguage('zh-CN');
    expect(i18next.hasResourceBundle('zh-CN', 'relationMatrix')).toBe(true);
    expect(i18next.hasResourceBundle('zh-CN', 'errors')).toBe(true);
    expect(i18next.t('common:language.label')).toBe('语言');
  });

  it('fails the screen when its words cannot be fetched, as when its chunk is gone', async () => {
    await initAppI18n('en');
    await expect(
      withCatalogues(['noSuchFeature' as Namespace], Promise.resolve('the screen')),
    ).rejects.toThrow('No catalogue en/noSuchFeature');
  });
});
