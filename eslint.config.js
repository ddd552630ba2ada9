import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const reactLayer = [
  {
    regex: '(^|/)core/(?!index\\.js$)',
    message: 'The React layer uses core through its public entry (core/index.js).',
  },
  {
    group: ['**/emulator/**', '@authn-flow-kit/emulator', '@authn-flow-kit/emulator/*'],
    message: 'The kit never imports the emulator.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'emulator/dist', 'storybook-static', 'test-results', 'playwright-report', '.storybook/public', 'node_modules', 'test/consumers/apps'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  ...storybook.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: 'error',
      eqeqeq: 'error',
    },
  },
  // The layers of DESIGN.md, so an import across them fails the build rather than a review.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', '@xstate/react'],
              message: 'src/core is React-free.',
            },
            {
              group: ['**/react/**', '**/emulator/**', '@authn-flow-kit/emulator', '@authn-flow-kit/emulator/*'],
              message: 'src/core imports neither the React layer nor the emulator.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/react/**/*.{ts,tsx}', 'src/index.ts'], rules: { 'no-restricted-imports': ['error', { patterns: reactLayer }] } },
  // Inside React, imports point down: flow root → steps → hooks and primitives → theme. A later
  // block replaces the earlier one's options for its files, so each repeats reactLayer.
  {
    files: ['src/react/theme/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...reactLayer,
            {
              // One level up is another folder of the React layer; two levels up is core's entry.
              regex: '^\\.\\./(?!\\.\\./)',
              message: 'The theme is the floor of the React layer: primitives, steps and the flow root read the appearance; it imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/react/primitives/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...reactLayer,
            { regex: '^(\\.\\./)+(steps|flow|hooks)/', message: 'The primitives sit below the steps, their hooks and the flow root.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/react/steps/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...reactLayer,
            { regex: '^(\\.\\./)+flow/', message: 'The steps sit below the flow root, which registers them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/react/hooks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...reactLayer,
            { regex: '^(\\.\\./)+(steps|flow)/', message: 'The hooks sit below the steps and the flow root.' },
          ],
        },
      ],
    },
  },
  // A cycle makes evaluation order decide whether a binding is still undefined when it is read.
  // Type-only imports are erased, so the rule skips them.
  {
    files: ['src/**/*.{ts,tsx}', 'emulator/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      // Sources import `./x.js`, which is `./x.ts` or `./x.tsx` on disk.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } }),
      ],
    },
    // A package cannot import back into ours; walking node_modules would only cost time.
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['emulator/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Published, the one path below is `authn-flow-kit/core` (emulator/vite.config.ts).
              regex: '^(\\.\\./)+src/(?!core/index\\.js$)',
              message: 'The emulator uses the kit only through its core entry (src/core/index.js).',
            },
            { regex: '^authn-flow-kit(?!/core$)', message: 'The emulator uses the kit only through authn-flow-kit/core.' },
          ],
        },
      ],
    },
  },
  {
    // Translated catalogs are data: types only (en composes the English parts, en-XA derives from it).
    files: ['src/locales/*.ts'],
    ignores: ['src/locales/en.ts', 'src/locales/en-XA.ts', 'src/locales/pseudo.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*', '**'], allowTypeImports: true, message: 'A catalog imports types only.' }] },
      ],
    },
  },
);
