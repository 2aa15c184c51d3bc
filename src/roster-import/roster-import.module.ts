import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
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
export class RosterImportModule {}
