import { buildSchema, getOperationAST, GraphQLError, parse } from 'graphql';
import { operationCost } from './query-limits';

const schema = buildSchema(`
  type Query {
    me: User!
    cohorts(first: Int = 100): [Cohort!]!
  }
  type Cohort {
    id: ID!
    name: String!
    members(first: Int = 100): [User!]!
  }
  type User {
    id: ID!
    fullName: String!
    roles: [String!]!
  }
`);

function cost(query: string, variables: Record<string, unknown> = {}, operationName?: string): number {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document, operationName)!, variables);
}

function refusal(query: string, variables: Record<string, unknown> = {}): GraphQLError {
  try {
    cost(query, variables);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('operationCost', () => {
  it('counts a field once, and a list of records `first` times its selection, 100 when `first` is omitted', () => {
    expect(cost('{ me { id fullName roles } }')).toBe(4);
    expect(cost('{ cohorts { id name } }')).toBe(1 + 100 * 2);
    expect(cost('{ cohorts(first: 5) { id members(first: 3) { id } } }')).toBe(1 + 5 * (1 + 1 + 3 * 1));
  });

  it('reads `first` from variables, and counts fragments where they are spread', () => {
    const query = 'query($n: Int) { cohorts(first: $n) { ...names } } fragment names on Cohort { id name }';
    expect(cost(query, { n: 7 })).toBe(1 + 7 * 2);
    expect(cost(query)).toBe(1 + 100 * 2);
  });

  it('counts only the operation that runs, and nothing a directive leaves out', () => {
    const document = 'query Small { me { id } } query Large { cohorts(first: 500) { id } }';
    expect(cost(document, {}, 'Small')).toBe(2);
    expect(cost('query($all: Boolean!) { me { id } cohorts @include(if: $all) { id } }', { all: false })).toBe(2);
  });

  it.each([0, -1, 501, null])('refuses first: %p as BAD_USER_INPUT naming first, with HTTP 400', (first) => {
    const error = refusal('query($n: Int) { cohorts { members(first: $n) { id } } }', { n: first });
    expect(error.message).toBe('first: must be an integer from 1 to 500');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'], http: { status: 400 } });
  });

  it('leaves variables of the wrong type to execution, which refuses them before any resolver runs', () => {
    expect(cost('query($n: Int!) { cohorts(first: $n) { id } }', {})).toBe(0);
  });

  it('refuses fragments that multiply beyond what can be counted', () => {
    const fragments = Array.from({ length: 20 }, (_, n) => `fragment f${n} on Query { ...f${n + 1} ...f${n + 1} }`).join(' ');
    const error = refusal(`{ ...f0 } ${fragments} fragment f20 on Query { me { id } }`);
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } });
    expect(error.message).toMatch(/maximum allowed number of nodes/);
  });
});
