import { Module } from '@nestjs/common';
import { CohortCopyRepository } from './cohort-copy.repository';
import { CohortCopyResolver } from './cohort-copy.resolver';
import { CohortCopyService } from './cohort-copy.service';

@Module({ providers: [CohortCopyRepository, CohortCopyService, CohortCopyResolver] })
export class CohortCopyModule {}
