import { execute, type GraphQLResolveInfo, type GraphQLSchema, parse } from 'graphql';
import {
  Arg,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  Info,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

@ObjectType()
class Greeting {
  @Field()
  name: string;
}

@Resolver(() => Greeting)
class GreetingResolver {
  @Query(() => Greeting)
  greeting(): Greeting {
    return { name: 'Ada' };
  }

  // Parameters in an order unlike the decorators' (applied last to first) and unlike their kinds.
  @FieldResolver(() => String)
  text(
    @Arg('prefix') prefix: string,
    @Root('name') name: string,
    @Ctx() ctx: { suffix: string },
    @Info() info: GraphQLResolveInfo,
  ): string {
    return `${prefix} ${name}${ctx.suffix} (${info.fieldName})`;
  }
}

// patches/type-graphql@2.0.0-rc.4.patch: TypeGraphQL sorted a resolver's parameters on every
// call; they are sorted once. These tests hold that each still gets its own value.
describe('TypeGraphQL as patched (patches/type-graphql@2.0.0-rc.4.patch)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [GreetingResolver] });
  });
  // Executed without validation, which sorts arrays of its own.
  const ask = (prefix: string) =>
    execute({
      schema,
      document: parse(`{ greeting { text(prefix: "${prefix}") } }`),
      contextValue: { suffix: '!' },
    });

  it('passes each parameter in its place, call after call', async () => {
    expect((await ask('Hello')).data).toEqual({ greeting: { text: 'Hello Ada! (text)' } });
    expect((await ask('Bye')).data).toEqual({ greeting: { text: 'Bye Ada! (text)' } });
  });

  it('is applied: parameters already in order are not sorted again', async () => {
    await ask('Hello');
    const document = parse('{ greeting { text(prefix: "Bye") } }');
    const sort = jest.spyOn(Array.prototype, 'sort');
    const result = await execute({ schema, document, contextValue: { suffix: '!' } });
    const sortCalls = sort.mock.calls.length;
    sort.mockRestore();

    expect(result.data).toEqual({ greeting: { text: 'Bye Ada! (text)' } });
    expect(sortCalls).toBe(0);
  });
});
