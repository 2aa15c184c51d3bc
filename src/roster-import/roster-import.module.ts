import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { FileUploadMiddleware } from '../web/file-upload.middleware';
import { ROSTER_LIMITS } from './roster-csv';
import { ROSTER_FILE_FIELD } from './roster-import.pages';
import { RosterImportPagesController } from './roster-import-pages.controller';
import { RosterImportRepository } from './roster-import.repository';
import { RosterImportResolver } from './roster-import.resolver';
import { RosterImportService } from './roster-import.service';

/** Roster files into cohorts: GraphQL (importRoster), the cohort's upload page, and the service the CLI (src/cli/cli.ts) calls. */
@Module({
  imports: [CeModule],
  controllers: [RosterImportPagesController],
  providers: [RosterImportRepository, RosterImportService, RosterImportResolver],
  exports: [RosterImportService],
})
export class RosterImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(FileUploadMiddleware(ROSTER_FILE_FIELD, ROSTER_LIMITS.bytes)).forRoutes({ path: 'cohorts/:cohortId/roster-import', method: RequestMethod.POST });
  }
}
