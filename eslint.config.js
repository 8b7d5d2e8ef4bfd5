// Lint rules of the house. Type-aware rules are left out on purpose: `tsc --noEmit` already
// type-checks the tree in `npm test`, and a typed lint pass would double the suite's start-up.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // No folder may import another in a circle, type imports included: a circle is a knot a
      // newcomer has to untie in their head before they can change either side.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Production code never reaches into the test double or the terminal demo.
    files: ['src/**/*.ts'],
    ignores: ['src/fake-telegram/**', 'src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/fake-telegram/**'], message: 'Production code must not import the fake Bot API.' },
            { group: ['**/demo/**'], message: 'Production code must not import the terminal demo.' },
          ],
        },
      ],
    },
  },
  {
    // Test files share their worker's loaded modules (vitest.config.ts: isolate is off), so a mock
    // of a module or a global would leak into the files that run after it in the same worker.
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'stubGlobal', 'stubEnv'].map((property) => ({
          object: 'vi',
          property,
          message: 'Test files share loaded modules: pass the dependency in instead of mocking it.',
        })),
      ],
    },
  },
);
