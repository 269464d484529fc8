import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** STYLE §3.2: shared → api → features → app; proxy and emulator see only contract and lib. */
const boundaryZones = [
  {
    target: './src/shared/contract',
    from: [
      './src/api',
      './src/features',
      './src/app',
      './src/proxy',
      './src/emulator',
      './src/shared/ui',
      './src/shared/node',
    ],
  },
  {
    target: './src/shared/lib',
    from: [
      './src/api',
      './src/features',
      './src/app',
      './src/proxy',
      './src/emulator',
      './src/shared/ui',
      './src/shared/node',
    ],
  },
  {
    target: './src/shared/ui',
    from: [
      './src/api',
      './src/features',
      './src/app',
      './src/proxy',
      './src/emulator',
      './src/shared/node',
    ],
  },
  {
    target: './src/api',
    from: [
      './src/features',
      './src/app',
      './src/proxy',
      './src/emulator',
      './src/shared/ui',
      './src/shared/node',
    ],
  },
  {
    target: './src/features',
    from: ['./src/app', './src/proxy', './src/emulator', './src/shared/node'],
  },
  { target: './src/features/friend-add', from: ['./src/features/relation-matrix'] },
  { target: './src/features/relation-matrix', from: ['./src/features/friend-add'] },
  { target: './src/app', from: ['./src/proxy', './src/emulator', './src/shared/node'] },
  {
    target: './src/proxy',
    from: ['./src/api', './src/features', './src/app', './src/emulator', './src/shared/ui'],
  },
  {
    target: './src/emulator',
    from: ['./src/api', './src/features', './src/app', './src/proxy', './src/shared/ui'],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results.json',
      'postcss.config.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones.filter(Boolean) }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'e2e/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
