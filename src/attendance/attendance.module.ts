import { Module } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { SessionAttendanceResolver } from './session-attendance.resolver';

@Module({
  imports: [CurriculumModule],
  providers: [AttendanceRepository, AttendanceService, AttendanceResolver, SessionAttendanceResolver],
})
export class AttendanceModule {}
