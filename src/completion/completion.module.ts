import { Module } from '@nestjs/common';
import { CompletionRepository } from './completion.repository';
import { CompletionResolver } from './completion.resolver';
import { CompletionService } from './completion.service';
import { ProgressEvaluator } from './progress-evaluator';
import { ProgressPagesController } from './progress-pages.controller';
import { RequirementPagesController } from './requirement-pages.controller';

/** Exports the evaluator (certificates are issued on the same progress) and the service (the cohort's exports list progress). */
@Module({
  controllers: [ProgressPagesController, RequirementPagesController],
  providers: [CompletionRepository, ProgressEvaluator, CompletionService, CompletionResolver],
  exports: [ProgressEvaluator, CompletionService],
})
export class CompletionModule {}
