import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the admin app: `graphql()` in `src/gql/` returns a
 * TypedDocumentNode for every operation written in `src/`, so Apollo's hooks know their types.
 * The schema is the one the API emits (`pnpm --filter @caseload/api schema:emit`).
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
