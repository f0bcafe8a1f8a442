/**
 * The generated `src/gql` files import `TypedDocumentNode` from `@graphql-typed-document-node/core`,
 * which is not a direct dependency of this package (pnpm does not expose it here). Apollo Client
 * re-exports that very type, so the import is answered from there.
 */
declare module '@graphql-typed-document-node/core' {
  export type { TypedDocumentNode } from '@apollo/client';
}
