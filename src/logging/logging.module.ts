import { DynamicModule, Global, Module } from '@nestjs/common';
import { JsonLogger } from './json-logger';

@Global()
@Module({})
export class LoggingModule {
  static forRoot(logger: JsonLogger): DynamicModule {
    return { module: LoggingModule, providers: [{ provide: JsonLogger, useValue: logger }], exports: [JsonLogger] };
  }
}
