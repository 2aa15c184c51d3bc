import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { AttendancePagesController } from './attendance-pages.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { SessionAttendanceResolver } from './session-attendance.resolver';

@Module({
  imports: [CurriculumModule, CeModule],
  controllers: [AttendancePagesController],
  providers: [AttendanceRepository, AttendanceService, AttendanceResolver, SessionAttendanceResolver],
})
export class AttendanceModule {}
