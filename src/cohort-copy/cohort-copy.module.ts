import { Module } from '@nestjs/common';
import { CohortCopyPagesController } from './cohort-copy-pages.controller';
import { CohortCopyRepository } from './cohort-copy.repository';
import { CohortCopyResolver } from './cohort-copy.resolver';
import { CohortCopyService } from './cohort-copy.service';

@Module({ controllers: [CohortCopyPagesController], providers: [CohortCopyRepository, CohortCopyService, CohortCopyResolver] })
export class CohortCopyModule {}
