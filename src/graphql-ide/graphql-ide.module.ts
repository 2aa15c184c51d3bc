import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { GraphqlIdeController } from './graphql-ide.controller';

/** The GraphQL IDE, in development only: in production no route serves it. */
@Module({})
export class GraphqlIdeModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: GraphqlIdeModule, controllers: config.production ? [] : [GraphqlIdeController] };
  }
}
