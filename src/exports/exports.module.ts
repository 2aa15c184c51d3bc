import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { CompletionModule } from '../completion/completion.module';
import { TranscriptsModule } from '../transcripts/transcripts.module';
import { ExportsPagesController } from './exports-pages.controller';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsResolver } from './exports.resolver';
import { ExportsService } from './exports.service';

/** Exports for boards and funders: CSV downloads, the same rows through GraphQL, and the cohort's exports page. */
@Module({
  imports: [CompletionModule, TranscriptsModule, CertificatesModule, CeModule],
  controllers: [ExportsController, ExportsPagesController],
  providers: [ExportsRepository, ExportsService, ExportsResolver],
})
export class ExportsModule {}
