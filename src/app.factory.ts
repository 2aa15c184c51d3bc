import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { JsonLogger } from './logging/json-logger';

/** Builds the HTTP app on an already running database; main.ts and the tests share it. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: JsonLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, logger), {
    logger,
    bodyParser: false,
  });
  // Journal bodies reach 100,000 characters; Express's default 100 kB limit is too small.
  app.useBodyParser('json', { limit: '2mb' });
  return app;
}
