import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { SessionKind } from '../curriculum/session-kind';
import { AttendanceStatus } from './attendance-status';
import { AttendanceEntity } from './attendance.entity';
import { ATTENDANCE_QUERIES } from './attendance.queries';

/** One person's new attendance at a session. */
export interface AttendanceChange {
  userId: string;
  status: AttendanceStatus;
  minutes: number;
}

/** One row of a participant's summary: a session kind, or the total when `kind` is null. */
export interface AttendanceSummaryRow {
  kind: SessionKind | null;
  minutesAttended: number;
  ceEligibleMinutes: number;
  sessionsAttended: number;
  sessionsExpected: number;
  sessionsHeld: number;
}

/** Every read and write of attendance. */
/** A session whose attendance its staff may take, with its cohort's name and zone. */
export interface SessionToTake {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  durationMinutes: number;
  cohortName: string;
  timeZone: string;
}

/** One person on a session's attendance sheet; status and minutes null until recorded. */
export interface AttendanceSheetRow {
  userId: string;
  fullName: string;
  status: AttendanceStatus | null;
  minutesAttended: number | null;
}

/** Someone expected at a session, with the account fields a User shows. */
export interface ExpectedAttendee {
  id: string;
  fullName: string;
  email: string;
  isAdmin: boolean;
  credentials: string[];
}

@Injectable()
export class AttendanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** With the attendee (id, e-mail, name, admin flag and credentials only). */
  visibleAttendanceOfSessions(viewer: AuthUser, sessionIds: readonly string[]): Promise<AttendanceEntity[]> {
    return this.dataSource.query(ATTENDANCE_QUERIES.visibleAttendanceOfSessions, [sessionIds, viewer.id, viewer.isAdmin]);
  }

  sessionsToTake(viewer: AuthUser, limit: number): Promise<SessionToTake[]> {
    return this.dataSource.query(ATTENDANCE_QUERIES.sessionsToTake, [viewer.id, viewer.isAdmin, limit]);
  }

  attendanceSheet(sessionId: string): Promise<AttendanceSheetRow[]> {
    return this.dataSource.query(ATTENDANCE_QUERIES.attendanceSheet, [sessionId]);
  }

  expectedPeople(sessionId: string): Promise<ExpectedAttendee[]> {
    return this.dataSource.query(ATTENDANCE_QUERIES.expectedPeople, [sessionId]);
  }

  async notExpectedAt(sessionId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(ATTENDANCE_QUERIES.notExpectedAt, [sessionId, userIds]);
    return new Set(rows.map((row) => row.id));
  }

  attendanceOf(sessionId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<AttendanceEntity[]> {
    return manager.getRepository(AttendanceEntity).findBy({ sessionId, userId: In(userIds) });
  }

  attendanceWithUsersOf(sessionId: string, userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<AttendanceEntity[]> {
    return manager.getRepository(AttendanceEntity).find({ where: { sessionId, userId: In(userIds) }, relations: { user: true } });
  }

  async upsert(sessionId: string, recorderId: string, changes: AttendanceChange[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!changes.length) return;
    await manager.query(ATTENDANCE_QUERIES.upsertAttendance, [
      sessionId,
      recorderId,
      changes.map((change) => change.userId),
      changes.map((change) => change.status),
      changes.map((change) => change.minutes),
    ]);
  }

  participantSummary(cohortId: string, participantId: string): Promise<AttendanceSummaryRow[]> {
    return this.dataSource.query(ATTENDANCE_QUERIES.participantSummary, [cohortId, participantId]);
  }
}
