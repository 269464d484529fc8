import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { LANGUAGES, PLURAL_SUFFIXES } from '@/shared/i18n';

import { findKeyUsages, flatten, placeholders, pluralBase } from './catalogue-check';
import { loadCatalogue, NAMESPACES } from './resources';

const SRC = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isCatalogue = /[/\\]i18n[/\\](.+[/\\])?(en|zh-CN)\.ts$/.test(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !isCatalogue
      ? [path]
      : [];
  });
}

const usages = findKeyUsages(
  sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') })),
  NAMESPACES,
);

// Every catalogue of every language, fetched the way the console fetches them.
const catalogues = new Map<string, unknown>(
  await Promise.all(
    LANGUAGES.flatMap((language) =>
      NAMESPACES.map(
        async (namespace) =>
          [`${language}/${namespace}`, await loadCatalogue(language, namespace)] as const,
      ),
    ),
  ),
);

describe.each(NAMESPACES)('namespace %s', (namespace) => {
  const byLanguage = Object.fromEntries(
    LANGUAGES.map((language) => [language, flatten(catalogues.get(`${language}/${namespace}`))]),
  );
  const english = byLanguage.en!;

  it.each(LANGUAGES)('%s has every key English has, and no other', (language) => {
    const keys = Object.keys(byLanguage[language]!);
    const bases = (list: string[]) => [...new Set(list.map(pluralBase))].sort();
    expect(bases(keys)).toEqual(bases(Object.keys(english)));
  });

  it.each(LANGUAGES)('%s has exactly the plural forms its plural rules use', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const pluralBases = new Set(
      Object.keys(english)
        .filter((key) => pluralBase(key) !== key)
        .map(pluralBase),
    );
    for (const base of pluralBases) {
      const present = Object.keys(byLanguage[language]!)
        .filter((key) => pluralBase(key) === base)
        .map((key) => key.slice(base.length + 1));
      expect(present.sort(), `${namespace}:${base} in ${language}`).toEqual([...needed].sort());
    }
  });

  it('uses the same {{placeholders}} in every language', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(byLanguage[language]!)) {
        const base = pluralBase(key);
        // A plural form is compared with English's `_other`, the form every language has.
        const reference = english[key] ?? english[`${base}_other`];
        if (reference === undefined) continue;
        const expected = placeholders(reference).filter(
          (name) => !(name === 'count' && key.endsWith('_one')),
        );
        const actual = placeholders(text).filter(
          (name) => !(name === 'count' && key.endsWith('_one')),
        );
        expect(actual, `${namespace}:${key} in ${language}`).toEqual(expected);
      }
    }
  });

  it('has no unused key: each is used literally in src or under a dynamic prefix', () => {
    const unused = Object.keys(english)
      .map(pluralBase)
      .filter((key) => !usages.isUsed(namespace, key));
    expect([...new Set(unused)]).toEqual([]);
  });
});

it('every literal key used in src exists in English', () => {
  const missing = usages.literal.filter(
    ({ namespace, key }) =>
      !NAMESPACES.includes(namespace as never) ||
      !Object.keys(flatten(catalogues.get(`en/${namespace}`))).some(
        (known) => pluralBase(known) === key || known === key,
      ),
  );
  expect(missing).toEqual([]);
});

it('knows every plural suffix i18next uses', () => {
  const categories = new Set(
    LANGUAGES.flatMap(
      (language) => new Intl.PluralRules(language).resolvedOptions().pluralCategories,
    ),
  );
  for (const category of categories) expect(PLURAL_SUFFIXES).toContain(`_${category}`);
});
