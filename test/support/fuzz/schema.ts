import { buildClientSchema, getIntrospectionQuery, GraphQLField, IntrospectionQuery } from 'graphql';
import { TestApp } from '../test-app';

/** Every mutation the running app offers, read by introspection: one added later is fuzzed too. */
export async function mutationsOf(app: TestApp): Promise<GraphQLField<unknown, unknown>[]> {
  const introspection = await app.ok<IntrospectionQuery>(getIntrospectionQuery());
  const mutationType = buildClientSchema(introspection).getMutationType();
  return mutationType ? Object.values(mutationType.getFields()) : [];
}
