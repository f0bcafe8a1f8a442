import {
  buildSchema,
  type DocumentNode,
  executeSync,
  type GraphQLResolveInfo,
  parse,
} from 'graphql';
import { selectedFieldNames } from './selection';

const schema = buildSchema(`
  type Query { member: Member  members: Connection }
  type Connection { edges: [Edge] }
  type Edge { node: Member }
  type Member { id: ID  name: String  count: Int  other: Member }
`);

/** What `selectedFieldNames(info, ...path)` says in the resolver of `field`, for one request. */
function selectedIn(
  document: DocumentNode,
  field: 'member' | 'members',
  path: string[] = [],
  variableValues: Record<string, unknown> = {},
): ReadonlySet<string> {
  let names: ReadonlySet<string> | undefined;
  const result = executeSync({
    schema,
    document,
    variableValues,
    rootValue: {
      [field]: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        names = selectedFieldNames(info, ...path);
        return null;
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return names as ReadonlySet<string>;
}

describe('selectedFieldNames', () => {
  it('names the fields selected at a path, through fragments and aliases', () => {
    const document = parse(`
      { members { edges { node { id ...Named renamed: count } } } }
      fragment Named on Member { name other { count } }
    `);
    expect([...selectedIn(document, 'members', ['edges', 'node'])].sort()).toEqual([
      'count',
      'id',
      'name',
      'other',
    ]);
  });

  it('reads a document it has read before from what it read then, for each field and path apart', () => {
    const document = parse('{ member { id name }  members { edges { node { count } } } }');
    const first = selectedIn(document, 'member');
    expect(selectedIn(document, 'member')).toBe(first);
    expect([...first]).toEqual(['id', 'name']);
    expect([...selectedIn(document, 'members', ['edges', 'node'])]).toEqual(['count']);
    expect([...selectedIn(document, 'members', ['edges'])]).toEqual(['node']);
    expect([...selectedIn(parse('{ member { count } }'), 'member')]).toEqual(['count']);
  });

  it('tells apart the selections of a field whose nodes differ after the first', () => {
    // `other` is F's node alone under `member`, F's and the edge's under `members`.
    const document = parse(`{
      member { ...F }
      members { edges { node { ...F other { name } } } }
    }
    fragment F on Member { other { count } }`);
    const seen: string[][] = [];
    executeSync({
      schema,
      document,
      rootValue: { member: {}, members: { edges: [{ node: {} }] } },
      fieldResolver: (source, _args, _context, info) => {
        if (info.fieldName !== 'other') return source[info.fieldName];
        seen.push([...selectedFieldNames(info)]);
        return null;
      },
    });
    expect(seen).toEqual([['count'], ['count', 'name']]);
  });

  it('reads a selection with conditions afresh for each request’s variables', () => {
    const document = parse(`query ($withCount: Boolean!) {
      member { id ...Counted }
    }
    fragment Counted on Member { count @include(if: $withCount) }`);
    expect([...selectedIn(document, 'member', [], { withCount: false })]).toEqual(['id']);
    expect([...selectedIn(document, 'member', [], { withCount: true })]).toEqual(['id', 'count']);
    expect([...selectedIn(document, 'member', [], { withCount: false })]).toEqual(['id']);
  });
});
