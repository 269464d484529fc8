import { PLURAL_SUFFIXES } from '@/shared/i18n';

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`, i18next's key paths. */
export function flatten(catalogue: unknown, prefix = ''): Record<string, string> {
  if (typeof catalogue === 'string') return { [prefix]: catalogue };
  return Object.fromEntries(
    Object.entries(catalogue as Record<string, unknown>).flatMap(([key, value]) =>
      Object.entries(flatten(value, prefix ? `${prefix}.${key}` : key)),
    ),
  );
}

/** `rows_other` → `rows`; other keys unchanged. */
export function pluralBase(key: string): string {
  const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(s));
  return suffix ? key.slice(0, -suffix.length) : key;
}

export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();
}

interface KeyUsage {
  namespace: string;
  key: string;
  path: string;
}

/**
 * The keys source files use, by the convention docs/i18n.md sets: a literal first argument of
 * `t(…)`, `i18next.t(…)` or `i18nKey=`, in the namespace of the file's `useTranslation('ns')`
 * (else `common`) unless written `ns:key`; any literal `'ns:key'` string (keys kept in data); and
 * a template key `t(\`prefix.${x}\`)`, which marks every key under `prefix.` as used.
 */
export function findKeyUsages(
  files: { path: string; text: string }[],
  namespaces: readonly string[],
) {
  const literal: KeyUsage[] = [];
  const prefixes: KeyUsage[] = [];
  const split = (raw: string, fileNamespace: string) => {
    const colon = raw.indexOf(':');
    return colon > 0 && namespaces.includes(raw.slice(0, colon))
      ? { namespace: raw.slice(0, colon), key: raw.slice(colon + 1) }
      : { namespace: fileNamespace, key: raw };
  };
  for (const { path, text } of files) {
    const fileNamespace =
      /useTranslation\(\s*\[?\s*'(\w+)'/.exec(text)?.[1] ??
      /getFixedT\(\s*null\s*,\s*'(\w+)'/.exec(text)?.[1] ??
      'common';
    for (const m of text.matchAll(/(?<![\w$])(?:i18next\.|i18n\.)?t\(\s*(['"])([^'"\n]+)\1/g)) {
      literal.push({ ...split(m[2]!, fileNamespace), path });
    }
    for (const m of text.matchAll(/i18nKey=\{?\s*(['"])([^'"\n]+)\1/g)) {
      literal.push({ ...split(m[2]!, fileNamespace), path });
    }
    for (const m of text.matchAll(/(?<![\w$])(?:i18next\.|i18n\.)?t\(\s*`([^`$\n]*)\$\{/g)) {
      prefixes.push({ ...split(m[1]!, fileNamespace), path });
    }
    const qualified = new RegExp(`(['"\`])(${namespaces.join('|')}):([\\w.-]*\\w)\\1`, 'g');
    for (const m of text.matchAll(qualified)) {
      literal.push({ namespace: m[2]!, key: m[3]!, path });
    }
    const qualifiedPrefix = new RegExp(`\`(${namespaces.join('|')}):([\\w.-]*)\\$\\{`, 'g');
    for (const m of text.matchAll(qualifiedPrefix)) {
      prefixes.push({ namespace: m[1]!, key: m[2]!, path });
    }
  }
  return {
    literal,
    isUsed(namespace: string, key: string) {
      return (
        literal.some((u) => u.namespace === namespace && u.key === key) ||
        prefixes.some((u) => u.namespace === namespace && key.startsWith(u.key))
      );
    },
  };
}
