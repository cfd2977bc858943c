import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every GraphQL operation in src/ from the backend's schema files.
 * An operation that doesn't match the schema fails generation, and so the build.
 */
const config: CodegenConfig = {
  schema: '../backend/src/main/resources/graphql/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
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
