import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The committed schema.graphql: sorted, so it changes only when the schema does. */
export const SCHEMA_FILE = `${__dirname}/../../schema.graphql`;

export function printCommittedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
