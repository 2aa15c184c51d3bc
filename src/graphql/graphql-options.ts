import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { AppConfig } from '../config/app-config';
import { QueryCounter } from '../database/query-counter';
import { formatError } from '../errors/format-error';
import { recordGraphQLOutcome } from '../logging/graphql-outcome';
import { JsonLogger } from '../logging/json-logger';
import { createGraphQLContext, GraphQLContext } from './graphql-context';
import { queryLimits } from './query-limits';

/** Gives the request's log line the operation's name and its errors' codes; never variables or results. */
function requestOutcomePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, response, contextValue }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          recordGraphQLOutcome(contextValue.req, {
            operation: operationName ?? undefined,
            errorCodes: errors?.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')) ?? [],
          });
        },
      };
    },
  };
}

/** Reports how many SQL statements the operation's request sent (counted when EXPOSE_SQL_STATEMENT_COUNT is on: see createApp). */
function statementCountPlugin(counter: QueryCounter): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const statements = counter.requestStatements();
          if (response.body.kind !== 'single' || statements === undefined) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sqlStatements: statements };
        },
      };
    },
  };
}

export function graphqlOptions(config: AppConfig, logger: JsonLogger, counter: QueryCounter): ApolloDriverConfig {
  const limits = queryLimits({ hideSuggestions: config.production });
  // No response is cached by hints: the default cache-control plugin would only wrap every field.
  const plugins = [...limits.plugins, requestOutcomePlugin(), ApolloServerPluginCacheControlDisabled()];
  if (config.exposeStatementCounts) plugins.push(statementCountPlugin(counter));
  return {
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    path: '/graphql',
    // The offline IDE (src/graphql-ide) replaces GraphiQL's page, which loads from a CDN.
    graphiql: false,
    context: createGraphQLContext,
    includeStacktraceInErrorResponses: false,
    // Apollo decides from the process's NODE_ENV; the configuration decides here.
    introspection: !config.production,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: formatError(logger),
    logger,
    plugins,
  };
}
