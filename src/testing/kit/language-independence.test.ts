import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const KIT = import.meta.dirname;

// Words a locator is given as a literal: an accessible name, label, text, placeholder or title.
// The console's words change with its language; the kit must find controls without them (issue
// 19): by roles, Tencent field names through fieldNamed(), wire values, test ids and attributes.
const WORDS_LOCATOR =
  /getBy(?:Text|Label|Placeholder|Title|AltText)\(\s*['"`/]|\b(?:name|hasText):\s*['"`/]/g;

describe('the kit locates the console in any language', () => {
  const sources = readdirSync(KIT, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({ file, text: readFileSync(join(KIT, file), 'utf8') }));

  it('reads the page objects and fixtures', () => {
    expect(sources.map((source) => source.file)).toEqual(
      expect.arrayContaining(['fixtures.ts', 'pages/friend-add-page.ts', 'pages/handles.ts']),
    );
  });

  it('gives no locator a literal name, label or text', () => {
    const found = sources.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line, index) => ({ line, at: `${file}:${index + 1}` }))
        .filter(({ line }) => line.match(WORDS_LOCATOR))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('would catch one', () => {
    const english = [
      "page.getByRole('button', { name: 'Add friends' })",
      "page.getByLabel('Block accounts')",
      'page.getByText(/^Only from /)',
      "page.getByRole('status').filter({ hasText: /^Loaded / })",
    ];
    for (const line of english) expect(line.match(WORDS_LOCATOR), line).not.toBeNull();
    expect("fieldNamed(page, 'From_Account')".match(WORDS_LOCATOR)).toBeNull();
  });
});
