import { EntityManager } from 'typeorm';
import { AttendanceStatus } from '../attendance/attendance-status';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { SessionEntity } from '../curriculum/session.entity';
import { RECORDED_BEFORE } from './demo-calendar';

/** Mostly present, one absence, one excused, one who left early: the kinds of rows coordinators see. */
function demoStatus(sessionIndex: number, participantIndex: number, duration: number): Pick<AttendanceEntity, 'status' | 'minutesAttended'> {
  if (sessionIndex === 1 && participantIndex === 3) return { status: AttendanceStatus.ABSENT, minutesAttended: 0 };
  if (sessionIndex === 2 && participantIndex === 7) return { status: AttendanceStatus.EXCUSED, minutesAttended: 0 };
  if (sessionIndex === 2 && participantIndex === 5) return { status: AttendanceStatus.PRESENT, minutesAttended: duration - 45 };
  return { status: AttendanceStatus.PRESENT, minutesAttended: duration };
}

/** Attendance of `people` at the sessions of one series held before the demo's "today". */
export function heldAttendance(series: SessionEntity[], people: UserEntity[]): Partial<AttendanceEntity>[] {
  return series
    .filter((session) => session.startsAt < RECORDED_BEFORE)
    .flatMap((session, sessionIndex) =>
      people.map((person, participantIndex) => ({
        sessionId: session.id,
        userId: person.id,
        ...demoStatus(sessionIndex, participantIndex, session.durationMinutes),
      })),
    );
}

/** Saves the rows with an audit row each, as recording attendance would. */
export async function saveAttendance(manager: EntityManager, audit: AuditService, cohortId: string, rows: Partial<AttendanceEntity>[]): Promise<void> {
  const saved = await manager.getRepository(AttendanceEntity).save(rows);
  await audit.recordMany(
    manager,
    saved.map((row) => ({
      actorId: null,
      action: 'attendance.recorded',
      entityType: 'attendance',
      entityId: row.id,
      cohortId,
      after: { status: row.status, minutesAttended: row.minutesAttended },
    })),
  );
}
