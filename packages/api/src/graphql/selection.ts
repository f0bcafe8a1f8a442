import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

const childrenOf = (trees: ResolveTree[]): ResolveTree[] =>
  trees.flatMap((tree) =>
    Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)),
  );

/**
 * The names of the fields the query selects at `path` below the resolved field (fragments and
 * aliases resolved), e.g. `selectedFieldNames(info, 'edges', 'node')` for a connection's nodes:
 * so a service reads only what will be answered.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  let level = [parseResolveInfo(info) as ResolveTree];
  for (const name of path) level = childrenOf(level).filter((child) => child.name === name);
  return new Set(childrenOf(level).map((child) => child.name));
}
