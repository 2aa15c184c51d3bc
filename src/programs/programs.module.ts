import { Global, Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { CohortsResolver } from './cohorts.resolver';
import { EnrollmentsResolver } from './enrollments.resolver';
import { EnrollmentsService } from './enrollments.service';
import { HomeController } from './home.controller';
import { ProgramPagesController } from './program-pages.controller';
import { ProgramRolesRepository } from './program-roles.repository';
import { ProgramRolesResolver } from './program-roles.resolver';
import { ProgramRolesService } from './program-roles.service';
import { ProgramsRepository } from './programs.repository';
import { ProgramsResolver } from './programs.resolver';
import { ProgramsService } from './programs.service';

/** Global because other domains read cohorts (their dates, their program) through ProgramsRepository. */
@Global()
@Module({
  imports: [CeModule],
  controllers: [HomeController, ProgramPagesController],
  providers: [ProgramsRepository, ProgramsService, EnrollmentsService, ProgramsResolver, CohortsResolver, EnrollmentsResolver, ProgramRolesRepository, ProgramRolesService, ProgramRolesResolver],
  exports: [ProgramsRepository, EnrollmentsService],
})
export class ProgramsModule {}
