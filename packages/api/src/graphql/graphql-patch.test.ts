import { buildSchema, graphqlSync } from 'graphql';

// patches/graphql@16.15.0.patch changes how graphql-js allocates two things it makes for every
// field. These tests hold what must not change with it.
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
});
