import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { AttendancePagesController } from './attendance-pages.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { SessionAttendanceResolver } from './session-attendance.resolver';
import { ZoomImportResolver } from './zoom-import.resolver';
import { ZoomImportService } from './zoom-import.service';
import { ZoomUploadMiddleware } from './zoom-upload.middleware';

@Module({
  imports: [CurriculumModule, CeModule],
  controllers: [AttendancePagesController],
  providers: [AttendanceRepository, AttendanceService, AttendanceResolver, SessionAttendanceResolver, ZoomImportService, ZoomImportResolver],
})
export class AttendanceModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ZoomUploadMiddleware).forRoutes({ path: 'attendance/:sessionId/zoom', method: RequestMethod.POST });
  }
}
