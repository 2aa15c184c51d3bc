import { AttendanceEntity } from './attendance.entity';

export const attendanceEntities = [AttendanceEntity];
