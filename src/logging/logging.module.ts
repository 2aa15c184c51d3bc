import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { GraphQLErrorsUnlogged } from './graphql-errors-unlogged.filter';
import { JsonLogger } from './json-logger';

/** The service's logger for injection, a line per HTTP request (nestjs-pino), and GraphQL errors logged once. */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(logger: JsonLogger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: logger.requestLogOptions })],
      providers: [
        { provide: JsonLogger, useValue: logger },
        { provide: APP_FILTER, useClass: GraphQLErrorsUnlogged },
      ],
      exports: [JsonLogger],
    };
  }
}
