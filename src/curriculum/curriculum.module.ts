import { Module } from '@nestjs/common';
import { CohortCurriculumResolver } from './cohort-curriculum.resolver';
import { CurriculumQueries } from './curriculum-queries.service';
import { CurriculumResolver } from './curriculum.resolver';
import { CurriculumService } from './curriculum.service';
import { SessionAccess } from './session-access.service';

@Module({
  providers: [CurriculumService, CurriculumQueries, SessionAccess, CurriculumResolver, CohortCurriculumResolver],
  exports: [CurriculumQueries, SessionAccess],
})
export class CurriculumModule {}
