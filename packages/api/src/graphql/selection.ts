import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

const childrenOf = (trees: ResolveTree[]): ResolveTree[] =>
  trees.flatMap((tree) =>
    Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)),
  );

/**
 * The names of the fields the query selects at `path` below the resolved field (fragments and
 * aliases resolved), e.g. `selectedFieldNames(info, 'edges', 'node')` for a connection's nodes:
 * so a service reads only what will be answered. A step of the path may name several fields,
 * whose selections are merged: the query is parsed once.
 */
export function selectedFieldNames(
  info: GraphQLResolveInfo,
  ...path: Array<string | readonly string[]>
): Set<string> {
  let level = [parseResolveInfo(info) as ResolveTree];
  for (const step of path) {
    const names = typeof step === 'string' ? [step] : step;
    level = childrenOf(level).filter((child) => names.includes(child.name));
  }
  return new Set(childrenOf(level).map((child) => child.name));
}
