import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPlugin } from '@apollo/server';
import { AppConfig } from '../config/app-config';
import { QueryCounter } from '../database/query-counter';
import { formatError } from '../errors/format-error';
import { JsonLogger } from '../logging/json-logger';
import { createGraphQLContext, GraphQLContext } from './graphql-context';

/** Logs each operation's name, duration and error codes; never variables or results. */
function operationLogPlugin(logger: JsonLogger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async willSendResponse({ request, errors, contextValue }) {
          logger.info('graphql', {
            operation: request.operationName ?? null,
            ms: Date.now() - started,
            user: contextValue.req?.user?.id ?? null,
            errors: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          });
        },
      };
    },
  };
}

/**
 * Reports how many SQL statements an operation sent. The counter is process-wide, so the figure
 * is exact only for requests that do not overlap, as in the statement-count tests.
 */
function statementCountPlugin(counter: QueryCounter): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const before = counter.count;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sqlStatements: counter.count - before };
        },
      };
    },
  };
}

export function graphqlOptions(config: AppConfig, logger: JsonLogger, counter: QueryCounter): ApolloDriverConfig {
  const plugins = [operationLogPlugin(logger)];
  if (config.exposeStatementCounts) plugins.push(statementCountPlugin(counter));
  return {
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    path: '/graphql',
    context: createGraphQLContext,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    plugins,
  };
}
