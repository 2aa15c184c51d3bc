/** What the GraphQL layer adds to a request's line: the operation's name and its errors' codes. */
export interface GraphQLOutcome {
  operation?: string;
  errorCodes: string[];
}

const outcomes = new WeakMap<object, GraphQLOutcome>();

export function recordGraphQLOutcome(request: object, outcome: GraphQLOutcome): void {
  outcomes.set(request, outcome);
}

export function graphQLOutcome(request: object): GraphQLOutcome | undefined {
  return outcomes.get(request);
}
