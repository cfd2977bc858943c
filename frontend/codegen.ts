import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every GraphQL operation in src/ from the backend's schema files.
 * An operation that doesn't match the schema fails generation, and so the build.
 *
 * It also writes src/graphql/generated/persisted-documents.json: every operation the SPA sends
 * (hash → document text), which the backend's limits test reads. Tests and test helpers are
 * left out so the list holds only what the shop itself sends.
 */
const config: CodegenConfig = {
  schema: '../backend/src/main/resources/graphql/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**', '!src/**/*.test.{ts,tsx}', '!src/testing/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Adds `__meta__.hash` to each document and writes persisted-documents.json; the
        // documents keep their definitions, so the client still sends the full query text.
        persistedDocuments: { mode: 'embedHashInDocument' },
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: {
          Decimal: 'string',
          DateTime: 'string',
          Url: 'string',
          PositiveInt: 'number',
          NonNegativeInt: 'number',
        },
      },
    },
  },
  silent: false,
};

export default config;
