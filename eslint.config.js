import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { dependencyRules } from './scripts/dependency-rule.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      'packages/core/src/generated/**',
      'coverage/**',
      'packages/analyze/test/fixtures/repos/**',
      'packages/analyze/test/corpus/repos/**',
      'packages/analyze/test/corpus/next/**',
      'examples/repos/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'bench/**', 'scripts/**', '**/test/**', '**/scripts/**'],
    rules: { 'no-console': 'off' },
  },
  // The dependency rule (docs/architecture.md): which package's code may import which.
  ...dependencyRules(),
);
