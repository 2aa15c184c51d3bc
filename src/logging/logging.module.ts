import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLErrorsUnlogged } from './graphql-errors-unlogged.filter';
import { JsonLogger } from './json-logger';

/**
 * Every path, the prefix root included: `{/*splat}` (its leading slash left out on purpose) is not
 * taken for a wildcard that a global prefix would be put before.
 */
const EVERY_ROUTE = { path: '{/*splat}', method: RequestMethod.ALL };

/** The service's logger for injection, a line per HTTP request, and GraphQL errors logged once. */
@Global()
@Module({})
export class LoggingModule implements NestModule {
  constructor(private readonly logger: JsonLogger) {}

  static forRoot(logger: JsonLogger): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        { provide: JsonLogger, useValue: logger },
        { provide: APP_FILTER, useClass: GraphQLErrorsUnlogged },
      ],
      exports: [JsonLogger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.logger.requestLog).forRoutes(EVERY_ROUTE);
  }
}
