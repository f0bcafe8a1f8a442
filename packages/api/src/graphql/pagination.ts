import { Field } from 'type-graphql';
import { badUserInput } from '../errors/app-error';
import { DataType } from './data-type';

export const MAX_PAGE_SIZE = 100;

@DataType('PageInfo', 'Where a page sits in a list.')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

/** Cursors are opaque to clients; inside they carry the offset of the row they point at. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function pageRequest(first: number, after: string | null | undefined): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  if (after == null) return { offset: 0, limit: first };
  const match = /^offset:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!match?.[1]) throw badUserInput('after', 'after is not a cursor this list gave out.');
  return { offset: Number(match[1]) + 1, limit: first };
}

export interface Page<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: PageInfo;
  totalCount: number;
}

export function toPage<Node>(nodes: Node[], request: PageRequest, totalCount: number): Page<Node> {
  const edges = nodes.map((node, index) => ({
    node,
    cursor: encodeCursor(request.offset + index),
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: request.offset + nodes.length < totalCount,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
