import { Global, Module } from '@nestjs/common';
import { CohortAccess } from './cohort-access.service';
import { CohortsResolver } from './cohorts.resolver';
import { EnrollmentsResolver } from './enrollments.resolver';
import { ProgramsResolver } from './programs.resolver';
import { ProgramsService } from './programs.service';

/** Global because every domain asks CohortAccess who the caller is in a cohort. */
@Global()
@Module({
  providers: [ProgramsService, CohortAccess, ProgramsResolver, CohortsResolver, EnrollmentsResolver],
  exports: [ProgramsService, CohortAccess],
})
export class ProgramsModule {}
