import { registerEnumType } from '@nestjs/graphql';

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
