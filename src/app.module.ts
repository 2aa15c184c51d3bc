import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { entities } from './app.entities';
import { AccessModule } from './access/access.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CeModule } from './ce/ce.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CohortCopyModule } from './cohort-copy/cohort-copy.module';
import { CompletionModule } from './completion/completion.module';
import { AppConfig } from './config/app-config';
import { CommunitiesModule } from './communities/communities.module';
import { ConfigModule } from './config/config.module';
import { CurriculumModule } from './curriculum/curriculum.module';
import { DatabaseModule } from './database/database.module';
import { QueryCounter } from './database/query-counter';
import { DemoModule } from './demo/demo.module';
import { createValidationPipe } from './errors/validation-pipe';
import { WebModule } from './web/web.module';
import { graphqlOptions } from './graphql/graphql-options';
import { GraphqlIdeModule } from './graphql-ide/graphql-ide.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { LtiModule } from './lti/lti.module';
import { RosterImportModule } from './roster-import/roster-import.module';
import { ExportsModule } from './exports/exports.module';
import { RemindersModule } from './reminders/reminders.module';
import { JsonLogger } from './logging/json-logger';
import { JournalsModule } from './journals/journals.module';
import { LicensesModule } from './licenses/licenses.module';
import { LoggingModule } from './logging/logging.module';
import { PracticumModule } from './practicum/practicum.module';
import { ProgramsModule } from './programs/programs.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { TranscriptsModule } from './transcripts/transcripts.module';

/** Domain modules, in the order their data depends on each other. */
const DOMAIN_MODULES = [AccessModule, AuthModule, ProgramsModule, AuditModule, CurriculumModule, CommunitiesModule, AttendanceModule, PracticumModule, JournalsModule, CompletionModule, CohortCopyModule, TranscriptsModule, LicensesModule, CeModule, CertificatesModule, WebModule, LtiModule, RosterImportModule, ExportsModule, RemindersModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(databaseUrl, entities),
        JobsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [QueryCounter],
          useFactory: (counter: QueryCounter) => graphqlOptions(config, logger, counter),
        }),
        HealthModule,
        RateLimitsModule,
        GraphqlIdeModule.forRoot(config),
        ...DOMAIN_MODULES,
        DemoModule,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
