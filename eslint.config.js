import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  {
    files: ['src/react/**/*.{ts,tsx}', 'src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)core/(?!index\\.js$)',
              message: 'The React layer uses core through its public entry (core/index.js).',
            },
            {
              group: ['**/emulator/**', '@authn-flow-kit/emulator', '@authn-flow-kit/emulator/*'],
              message: 'The kit never imports the emulator.',
            },
          ],
        },
      ],
    },
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
