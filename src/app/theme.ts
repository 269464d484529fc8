import { createTheme } from '@mantine/core';

/**
 * Latin faces first, then each platform's Simplified Chinese face (macOS PingFang SC, Windows
 * Microsoft YaHei, Linux Noto Sans CJK SC / Source Han Sans SC / WenQuanYi), so Chinese never
 * falls back to a serif or a Japanese glyph variant.
 */
const CJK_SANS =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"';
const FONT_FAMILY = `Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", ${CJK_SANS}, sans-serif`;

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 under white text is below WCAG AA (4.5:1) for indigo, red and orange; 8 is above.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: FONT_FAMILY,
  fontFamilyMonospace: `ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", ${CJK_SANS}, monospace`,
  headings: { fontWeight: '650', fontFamily: FONT_FAMILY },
});
