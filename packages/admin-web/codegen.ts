import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the admin app: `graphql()` in `src/gql/` returns a
 * TypedDocumentNode for every operation written in `src/`, so Apollo's hooks know their types.
 *
 * The schema is a copy of the API contract until the API emits `../api/schema.graphql`.
 */
const config: CodegenConfig = {
  schema: 'schema.contract.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumType: 'string-literal' },
    },
  },
};

export default config;
