import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * STYLE §3.2 as lint: shared → api → features → app; proxy and emulator see only the contract,
 * lib and the Node-only shared code. Cross-folder imports go through the `@/` alias, so banning
 * `@/<folder>` (and deep `../../` paths) keeps the direction as you type; dependency-cruiser
 * (`.dependency-cruiser.cjs`, run by `npm run lint`) checks the same floors on resolved paths,
 * relative ones included, and refuses import cycles.
 */
/** Contract and lib are pure and isomorphic: they import nothing else of ours. */
const isomorphicShared = [
  'api',
  'features',
  'app',
  'proxy',
  'emulator',
  'cli',
  'shared/ui',
  'shared/node',
];

/** Features are folders that never import one another; they meet in app/ and the URL. */
const FEATURES = [
  'friend-add',
  'relation-matrix',
  'accounts',
  'user-relations',
  'emulator-panel',
  'plans',
  'history',
];
const featureLayers = Object.fromEntries(
  FEATURES.map((feature) => [
    `src/features/${feature}`,
    [
      'app',
      'proxy',
      'emulator',
      'cli',
      'shared/node',
      ...FEATURES.filter((other) => other !== feature).map((other) => `features/${other}`),
    ],
  ]),
);

const layers = {
  'src/shared/contract': isomorphicShared,
  'src/shared/lib': isomorphicShared,
  'src/shared/ui': ['api', 'features', 'app', 'proxy', 'emulator', 'cli', 'shared/node'],
  'src/shared/node': ['api', 'features', 'app', 'proxy', 'emulator', 'cli', 'shared/ui'],
  'src/api': ['features', 'app', 'proxy', 'emulator', 'cli', 'shared/ui', 'shared/node'],
  ...featureLayers,
  'src/app': ['proxy', 'emulator', 'cli', 'shared/node'],
  'src/proxy': ['api', 'features', 'app', 'emulator', 'cli', 'shared/ui'],
  'src/emulator': ['api', 'features', 'app', 'proxy', 'cli', 'shared/ui'],
};

const boundaryConfigs = Object.entries(layers).map(([folder, forbidden]) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.flatMap((target) => [`@/${target}`, `@/${target}/**`]),
            message: `${folder} may not import this layer (STYLE §3.2: shared → api → features → app).`,
          },
          { group: ['../../*'], message: 'Import across folders through the @/ alias.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-kit',
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
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // Playwright fixtures call `use`, which is not React's.
    ignores: ['src/testing/kit/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    // Mantine's polymorphic components: lint them as the elements they render.
    settings: {
      'jsx-a11y': {
        components: { Button: 'button', TextInput: 'input', Textarea: 'textarea' },
      },
    },
  },
  {
    // Findings in the matrix grid, which is being rebuilt (issue 17 lists them); not fixed here.
    files: ['src/features/relation-matrix/components/relation-grid.tsx'],
    rules: {
      'jsx-a11y/interactive-supports-focus': 'off',
      'jsx-a11y/mouse-events-have-key-events': 'off',
    },
  },
  // Globals per project: the SPA runs in the browser, everything else in Node.
  { files: ['src/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  {
    files: [
      'src/proxy/**',
      'src/emulator/**',
      'src/cli/**',
      'src/shared/node/**',
      'src/testing/*.ts',
      '**/*.test.{ts,tsx}',
      '*.{js,ts,cjs}',
      'bin/**',
      'bench/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**', 'src/testing/kit/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Promises that are dropped or handed to a callback that ignores them lose their errors.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.app.json', './tsconfig.node.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { '@tanstack/query': pluginQuery },
    rules: pluginQuery.configs['flat/recommended'][0].rules,
  },
  {
    files: ['e2e/**/*.ts', 'src/testing/kit/**/*.ts'],
    // The kit's own unit tests run in Vitest.
    ignores: ['**/*.test.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    // Screens are layout and functions stay readable (docs/architecture.md); tests may run long.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    files: ['src/features/*/components/*-screen.tsx'],
    rules: { 'max-lines': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    // One data-layer idiom: a write is a use-<noun>-<verb>-mutation hook in the feature's api/.
    files: ['src/features/*/components/**', 'src/app/**', 'src/shared/ui/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='useMutation']",
          message:
            'Writes live in api/use-<noun>-<verb>-mutation.ts hooks (docs/architecture.md), not in components.',
        },
      ],
    },
  },
  ...boundaryConfigs,
);
