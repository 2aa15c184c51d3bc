import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DocumentNode, getVariableValues, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, ParseOptions, ValidationRule, visit } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError } from '../errors/domain-errors';
import { checkedPageSize } from './page-size';

/**
 * What one operation may ask for: room for every query the clients send (in the suites the deepest
 * is 5 levels, the costliest 61,910 with default pages, the longest 69 tokens, the most aliases 12),
 * none for queries built to exhaust the process.
 */
export const QUERY_LIMITS = {
  /** Nested selections, fragments included; introspection's own `__schema` does not count. */
  depth: 10,
  aliases: 15,
  /** Lexical tokens of the query text, checked while parsing. */
  tokens: 1000,
  directives: 10,
  /** Fields the operation may resolve at most: a list field counts `first` times its selection. */
  cost: 100_000,
  /** Errors listed in one response; `extensions.omittedErrors` counts the rest. */
  errors: 20,
};

/** A refused document answers GRAPHQL_VALIDATION_FAILED (HTTP 400), as the graphql-armor rules' refusals do. */
function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/** A list field counts its selection `first` times; `first` outside its range is refused here, before any resolver runs. */
const pageCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  return 1 + checkedPageSize(args.first) * childComplexity;
};

const estimators = [pageCost, simpleEstimator({ defaultComplexity: 1 })];

/** How many fields `operation` may resolve at most, with the request's variables. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  // Variables that do not fit their types are refused by execution before any resolver runs.
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return 0;
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: document.definitions.filter((definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION),
  };
  try {
    return getComplexity({ schema, query, variables, estimators });
  } catch (error) {
    if (error instanceof DomainError) {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
    }
    // graphql-query-complexity refuses documents that expand to too many nodes to count.
    if (error instanceof GraphQLError) throw refusal(error.message);
    throw error;
  }
}

/** The variables given as a page size (`first`): besides the document, all a cost depends on. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first' && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names];
}

/** Different page sizes a cached operation keeps costs for before starting over. */
const COSTS_PER_OPERATION = 100;

/**
 * Costs by operation (Apollo keeps each known document parsed, so the same operation node comes
 * back) and page-size variables: the same query with another certificate code is not counted again.
 */
class CostCache {
  private readonly pageSizeNames = new WeakMap<DocumentNode, string[]>();
  private readonly costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();

  cost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
    let names = this.pageSizeNames.get(document);
    if (!names) this.pageSizeNames.set(document, (names = pageSizeVariables(document)));
    let known = this.costs.get(operation);
    if (!known || known.size >= COSTS_PER_OPERATION) this.costs.set(operation, (known = new Map()));
    const key = JSON.stringify(names.map((name) => variables[name] ?? null));
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const cost = operationCost(schema, document, operation, variables);
    // 0 stands for variables that do not fit: another request's may, and must be counted.
    if (cost > 0) known.set(key, cost);
    return cost;
  }
}

function costLimit(maxCost: number): ApolloServerPlugin {
  const cache = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = cache.cost(schema, document, operation, request.variables);
          if (cost > maxCost) throw refusal(`Query cost limit of ${maxCost} exceeded, found ${cost}.`);
        },
      };
    },
  };
}

/** Lists at most `maxErrors` errors: a list whose items each fail must not answer with thousands of entries. */
function errorCap(maxErrors: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors || result.errors.length <= maxErrors) return;
          result.extensions = { ...result.extensions, omittedErrors: result.errors.length - maxErrors };
          result.errors = result.errors.slice(0, maxErrors);
        },
      };
    },
  };
}

/**
 * Drops "Did you mean …?" from messages, which would reveal the schema's fields, arguments, types
 * and enum values. graphql-armor's own masking matches field names only, not enum values.
 */
function suggestionsHidden(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(/ ?Did you mean [^?]*\?/g, '');
        },
      };
    },
  };
}

export interface QueryLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  /** The error cap comes first, so the log line's error codes are capped too. */
  plugins: ApolloServerPlugin[];
}

/** Depth, aliases, directives (graphql-armor), tokens (the parser's own limit) and cost, all checked before any resolver runs. */
export function queryLimits({ hideSuggestions }: { hideSuggestions: boolean }): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // armor's token plugin throws from a parsing hook, which Apollo answers as a 500; the parser's limit answers 400.
    maxTokens: { enabled: false },
    // armor's cost counts only literal `first` values; costLimit below counts variables and defaults too.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    plugins: [errorCap(QUERY_LIMITS.errors), costLimit(QUERY_LIMITS.cost), ...(hideSuggestions ? [suggestionsHidden()] : [])],
  };
}
