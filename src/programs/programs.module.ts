import { Global, Module } from '@nestjs/common';
import { CohortsResolver } from './cohorts.resolver';
import { EnrollmentsResolver } from './enrollments.resolver';
import { ProgramsRepository } from './programs.repository';
import { ProgramsResolver } from './programs.resolver';
import { ProgramsService } from './programs.service';

/** Global because other domains read cohorts (their dates, their program) through ProgramsRepository. */
@Global()
@Module({
  providers: [ProgramsRepository, ProgramsService, ProgramsResolver, CohortsResolver, EnrollmentsResolver],
  exports: [ProgramsRepository],
})
export class ProgramsModule {}
