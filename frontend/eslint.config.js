import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Imports flow one way (bulletproof-react): components/lib → features → app.
 * Shared code never imports a feature or the app; a feature never imports the app or
 * another feature. Cross-folder imports go through the `@/` alias so these rules see them.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noDeepRelative = {
  group: ['../../*'],
  message: 'Import across folders with the `@/` alias.',
};

export default defineConfig([
  globalIgnores(['node_modules', 'target', 'src/graphql/generated', 'test-results', 'playwright-report']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023 },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'], reactRefresh.configs.vite],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDeepRelative] }],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepRelative,
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared code must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDeepRelative,
            { group: ['@/app/*'], message: 'A feature must not import the app.' },
            {
              group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/*`],
              message: 'A feature must not import another feature; share through src/components or src/lib.',
            },
          ],
        },
      ],
    },
  })),
  {
    // Every request the shop makes goes through execute() (src/lib/graphql-client.ts), so each has
    // its timeout, its CSRF header and its classified errors. GraphiQL has its own fetcher.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/graphql-client.ts', 'src/graphiql/**', 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Send requests with execute() from @/lib/graphql-client (it times out).' },
        { name: 'XMLHttpRequest', message: 'Send requests with execute() from @/lib/graphql-client.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'fetch',
          message: 'Send requests with execute() from @/lib/graphql-client.',
        },
        {
          object: 'globalThis',
          property: 'fetch',
          message: 'Send requests with execute() from @/lib/graphql-client.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts', 'codegen.ts'],
    languageOptions: { globals: globals.node },
  },
]);
