import { Module } from '@nestjs/common';
import { CompletionRepository } from './completion.repository';
import { CompletionResolver } from './completion.resolver';
import { CompletionService } from './completion.service';
import { ProgressEvaluator } from './progress-evaluator';

/** Exports the evaluator: certificates are issued on the same progress. */
@Module({
  providers: [CompletionRepository, ProgressEvaluator, CompletionService, CompletionResolver],
  exports: [ProgressEvaluator],
})
export class CompletionModule {}
