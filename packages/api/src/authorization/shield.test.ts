import 'reflect-metadata';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { buildGraphqlSchema } from '../graphql/schema';
import { can, insideGuardedResult, type RuleTree, signedInMember } from './rules';
import { applyAuthorization, ruleCoverageProblems, ruleTree } from './shield';

describe('authorization rule coverage', () => {
  it('gives every root field and every field resolver of the schema an explicit rule', async () => {
    expect(ruleCoverageProblems(await buildGraphqlSchema(), ruleTree())).toEqual([]);
  });

  it('reports a root field without a rule, a resolver without one, and a rule for no field', () => {
    const schema = buildSchema(`
      type Query { ruled: Item  unruled: Int }
      type Item { plain: Int  computed: Int }
    `);
    const { computed } = (schema.getType('Item') as GraphQLObjectType).getFields();
    if (computed) computed.resolve = () => 1;
    const tree: RuleTree = { Query: { ruled: signedInMember, gone: can('staff.view') } };
    expect(ruleCoverageProblems(schema, tree)).toEqual([
      'Query.unruled has no rule',
      'Item.computed has no rule',
      'rule for Query.gone, which does not exist',
    ]);
  });

  // A change here is a change of who may do what: review it as one.
  it('keeps the rule of every root field as reviewed', () => {
    const rootRules = Object.fromEntries(
      ['Query', 'Mutation'].flatMap((typeName) =>
        Object.entries(ruleTree()[typeName] ?? {})
          .map(([field, rule]) => [`${typeName}.${field}`, (rule as { name: string }).name])
          .sort(([a], [b]) => (a as string).localeCompare(b as string)),
      ),
    );
    expect(rootRules).toMatchSnapshot();
  });

  it('wraps every ruled resolver but those inside a guarded result, which answer unwrapped', async () => {
    const schema = await buildGraphqlSchema();
    const guarded = applyAuthorization(schema);
    const resolverOf = (from: typeof schema, typeName: string, field: string) =>
      (from.getType(typeName) as GraphQLObjectType).getFields()[field]?.resolve;
    for (const [typeName, fields] of Object.entries(ruleTree())) {
      for (const [field, rule] of Object.entries(fields)) {
        const original = resolverOf(schema, typeName, field);
        if (!original) continue;
        const unwrapped = resolverOf(guarded, typeName, field) === original;
        expect({ field: `${typeName}.${field}`, unwrapped }).toEqual({
          field: `${typeName}.${field}`,
          unwrapped: rule === insideGuardedResult,
        });
      }
    }
  });
});
