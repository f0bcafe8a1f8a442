import { ObjectType } from 'type-graphql';

/**
 * An object type whose plain fields are read straight off the object: TypeGraphQL gives them no
 * resolver, so shield (applied to declared resolvers only) adds no per-field cost to them. Its
 * `@FieldResolver`s stay declared and must each have a rule; the start-up check enforces it.
 */
export function DataType(name: string, description?: string): ClassDecorator {
  return ObjectType(name, { simpleResolvers: true, description });
}
