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
import { FileUploadMiddleware } from '../web/file-upload.middleware';
import { REPORT_FIELD } from './zoom-import.pages';
import { MAX_REPORT_CHARACTERS } from './zoom-report';

@Module({
  imports: [CurriculumModule, CeModule],
  controllers: [AttendancePagesController],
  providers: [AttendanceRepository, AttendanceService, AttendanceResolver, SessionAttendanceResolver, ZoomImportService, ZoomImportResolver],
})
export class AttendanceModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(FileUploadMiddleware(REPORT_FIELD, MAX_REPORT_CHARACTERS)).forRoutes({ path: 'attendance/:sessionId/zoom', method: RequestMethod.POST });
  }
}
