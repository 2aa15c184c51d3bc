import { registerEnumType } from '@nestjs/graphql';

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
  MADE_UP = 'MADE_UP',
}

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  valuesMap: {
    PRESENT: { description: 'Attended live; counts as attended at or above the cohort’s minimumAttendancePercent of the session' },
    MADE_UP: {
      description: 'Made up afterwards (a recording and a reflection, say): counts toward sessions with its credited minutes, never toward contact hours or CE',
    },
  },
});
