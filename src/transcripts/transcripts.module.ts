import { Module } from '@nestjs/common';
import { TranscriptsController } from './transcripts.controller';
import { TranscriptsRepository } from './transcripts.repository';
import { TranscriptsResolver } from './transcripts.resolver';
import { TranscriptsService } from './transcripts.service';

/** Exports the repository: the cohort's exports list every participant's transcript. */
@Module({
  controllers: [TranscriptsController],
  providers: [TranscriptsRepository, TranscriptsService, TranscriptsResolver],
  exports: [TranscriptsRepository],
})
export class TranscriptsModule {}
