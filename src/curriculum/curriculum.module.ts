import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { CohortCurriculumResolver } from './cohort-curriculum.resolver';
import { CurriculumQueries } from './curriculum-queries.service';
import { CurriculumRepository } from './curriculum.repository';
import { CurriculumResolver } from './curriculum.resolver';
import { CurriculumService } from './curriculum.service';
import { SchedulePagesController } from './schedule-pages.controller';

@Module({
  imports: [CeModule],
  controllers: [SchedulePagesController],
  providers: [CurriculumRepository, CurriculumService, CurriculumQueries, CurriculumResolver, CohortCurriculumResolver],
  exports: [CurriculumRepository, CurriculumQueries],
})
export class CurriculumModule {}
