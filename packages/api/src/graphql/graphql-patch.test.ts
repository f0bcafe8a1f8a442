import {
  buildSchema,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  graphql,
  graphqlSync,
} from 'graphql';

// patches/graphql@16.15.0.patch changes how graphql-js allocates what it makes for every field,
// and serializes a plain scalar property without them. These tests hold what must not change.
describe('graphql-js as patched (patches/graphql@16.15.0.patch)', () => {
  const schema = buildSchema(`
    type Query { hello: String  greet(name: String = "you"): String  item: Item }
    type Item { id: ID }
  `);

  it('answers aliases named like Object.prototype keys as the response’s own keys', () => {
    const result = graphqlSync({
      schema,
      source: '{ __proto__: hello  toString: hello  item { constructor: id } }',
      rootValue: { hello: 'hi', item: { id: '1' } },
    });

    expect(JSON.stringify(result)).toBe(
      '{"data":{"__proto__":"hi","toString":"hi","item":{"constructor":"1"}}}',
    );
    expect(Object.keys(result.data ?? {})).toEqual(['__proto__', 'toString', 'item']);
  });

  it('is applied: result objects inherit from a frozen null-prototype object, not from null', () => {
    // Object.create(null) would make each result object a dictionary; this keeps them fast.
    const { data } = graphqlSync({ schema, source: '{ hello }', rootValue: { hello: 'hi' } });
    const prototype = Object.getPrototypeOf(data);

    expect(prototype).not.toBeNull();
    expect(Object.isFrozen(prototype)).toBe(true);
    expect(Object.getPrototypeOf(prototype)).toBeNull();
  });

  it('gives each call of a field without arguments its own empty plain object', () => {
    const argsSeen: object[] = [];
    graphqlSync({
      schema,
      source: '{ a: hello  b: hello }',
      rootValue: {
        hello: (args: object) => {
          argsSeen.push(args);
          return 'hi';
        },
      },
    });

    expect(argsSeen).toEqual([{}, {}]);
    expect(argsSeen[0]).not.toBe(argsSeen[1]);
    expect(argsSeen.map((args) => Object.getPrototypeOf(args))).toEqual([
      Object.prototype,
      Object.prototype,
    ]);
  });

  it('still coerces the arguments of a field that has them, defaults included', () => {
    const greet = ({ name }: { name: string }) => `hi ${name}`;
    const result = graphqlSync({
      schema,
      source: '{ anyone: greet  ana: greet(name: "Ana") }',
      rootValue: { greet },
    });

    expect(result).toEqual({ data: { anyone: 'hi you', ana: 'hi Ana' } });
  });

  describe('a scalar or enum read by the default resolver', () => {
    const Status = new GraphQLEnumType({
      name: 'Status',
      values: { ACTIVE: { value: 'active' }, ON_HOLD: { value: 'on-hold' } },
    });
    const Member = new GraphQLObjectType({
      name: 'Member',
      fields: {
        id: { type: new GraphQLNonNull(GraphQLString) },
        status: { type: Status },
        count: { type: GraphQLInt },
        label: { type: GraphQLString, resolve: (member) => `member ${member.id}` },
      },
    });
    const memberSchema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { member: { type: Member }, members: { type: new GraphQLList(Member) } },
      }),
    });

    it('is serialized by its type: enums by their internal value, numbers from strings', () => {
      const result = graphqlSync({
        schema: memberSchema,
        source: '{ member { id status count label } }',
        rootValue: { member: { id: 'm1', status: 'on-hold', count: '3' } },
      });

      expect(result).toEqual({
        data: { member: { id: 'm1', status: 'ON_HOLD', count: 3, label: 'member m1' } },
      });
    });

    it('still calls a method of the source with its arguments, the context and the field', () => {
      const result = graphqlSync({
        schema: memberSchema,
        source: '{ member { id count } }',
        contextValue: { factor: 2 },
        rootValue: {
          member: {
            id: 'm1',
            count: (args: object, context: { factor: number }, info: { fieldName: string }) =>
              Object.keys(args).length + context.factor + info.fieldName.length,
          },
        },
      });

      expect(result).toEqual({ data: { member: { id: 'm1', count: 7 } } });
    });

    it('still awaits a promised value', async () => {
      const result = await graphql({
        schema: memberSchema,
        source: '{ member { id status } }',
        rootValue: { member: { id: Promise.resolve('m1'), status: Promise.resolve('active') } },
      });

      expect(result).toEqual({ data: { member: { id: 'm1', status: 'ACTIVE' } } });
    });

    it('reports a missing value of a non-null field and a value its type refuses at their paths', () => {
      const result = graphqlSync({
        schema: memberSchema,
        source: '{ members { id status count } }',
        rootValue: {
          members: [
            { id: 'm1', status: 'active', count: 'many' },
            { id: null, status: 'retired', count: 1 },
          ],
        },
      });

      expect(result.data).toEqual({ members: [{ id: 'm1', status: 'ACTIVE', count: null }, null] });
      expect(result.errors?.map(({ message, path }) => ({ message, path }))).toEqual([
        {
          message: 'Int cannot represent non-integer value: "many"',
          path: ['members', 0, 'count'],
        },
        {
          message: 'Cannot return null for non-nullable field Member.id.',
          path: ['members', 1, 'id'],
        },
      ]);
    });

    it('is left to a field resolver given to the execution', () => {
      const result = graphqlSync({
        schema: memberSchema,
        source: '{ member { id status } }',
        rootValue: { member: { id: 'm1', status: 'active' } },
        fieldResolver: (source, _args, _context, info) =>
          info.fieldName === 'member' ? source.member : `${info.fieldName}?`,
      });

      expect(result.data).toEqual({ member: { id: 'id?', status: null } });
      expect(result.errors?.map(({ message }) => message)).toEqual([
        'Enum "Status" cannot represent value: "status?"',
      ]);
    });
  });
});
