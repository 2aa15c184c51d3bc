import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { viewerParams } from '../curriculum/curriculum.policy';
import { SessionAccess } from '../curriculum/session-access.service';
import { expectedSql, facilitatesMemberSql } from '../curriculum/session-audience';
import { SessionKind } from '../curriculum/session-kind';
import { SessionEntity } from '../curriculum/session.entity';
import { BadInputError, badInput, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { EnrollmentRole } from '../programs/enrollment-role';
import { attendedMinutes } from './attendance-minutes';
import { AttendanceStatus } from './attendance-status';
import { ATTENDANCE_SUMMARY_SQL, AttendanceSummaryRow } from './attendance-summary.query';
import { AttendanceEntity } from './attendance.entity';
import { AttendanceEntryInput, RecordAttendanceInput, RecordSessionAttendanceInput } from './attendance.inputs';
import { AttendanceSummary } from './attendance.models';
import { attendanceVisibleSql, maySeeAttendanceOf } from './attendance.policy';

/** Names an entry's field in errors: `userId` for a single record, `entries.2.userId` in bulk. */
type FieldName = (index: number, field: string) => string;

interface Change {
  userId: string;
  status: AttendanceStatus;
  minutes: number;
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessionAccess: SessionAccess,
    private readonly cohortAccess: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  async record(user: AuthUser, input: RecordAttendanceInput): Promise<AttendanceEntity> {
    const [attendance] = await this.recordEntries(user, input.sessionId, [input], (_index, field) => field);
    return attendance;
  }

  recordSession(user: AuthUser, input: RecordSessionAttendanceInput): Promise<AttendanceEntity[]> {
    return this.recordEntries(user, input.sessionId, input.entries, (index, field) => `entries.${index}.${field}`);
  }

  /** Attendance rows of many sessions the viewer may see (for DataLoaders), filtered in one statement. */
  visibleAttendanceOf(user: AuthUser, sessionIds: readonly string[]): Promise<AttendanceEntity[]> {
    return this.dataSource
      .getRepository(AttendanceEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.user', 'user')
      .innerJoin('a.session', 's')
      .where('a.session_id IN (:...sessionIds)', { sessionIds })
      .andWhere(attendanceVisibleSql('a', 's'), viewerParams(user))
      .orderBy('user.full_name')
      .getMany();
  }

  async summary(user: AuthUser, cohortId: string, participantId: string): Promise<AttendanceSummary> {
    const roles = await this.cohortAccess.of(user, cohortId);
    const facilitatesThem = roles.isFacilitator && participantId !== user.id && (await this.facilitatesMember(cohortId, user.id, participantId));
    if (!maySeeAttendanceOf(roles, participantId, facilitatesThem)) {
      throw new ForbiddenError("You may not see this participant's attendance");
    }
    if (!(await this.cohortAccess.hasRole(participantId, cohortId, EnrollmentRole.PARTICIPANT))) throw new NotFoundError('Participant');
    const rows: AttendanceSummaryRow[] = await this.dataSource.query(ATTENDANCE_SUMMARY_SQL, [cohortId, participantId]);
    const total = rows.find((row) => row.kind === null);
    return {
      cohortId,
      userId: participantId,
      totalMinutes: total?.minutes_attended ?? 0,
      ceEligibleMinutes: total?.ce_eligible_minutes ?? 0,
      byKind: rows
        .filter((row) => row.kind !== null)
        .map((row) => ({
          kind: row.kind as SessionKind,
          minutesAttended: row.minutes_attended,
          sessionsAttended: row.sessions_attended,
          sessionsExpected: row.sessions_expected,
          sessionsHeld: row.sessions_held,
        })),
    };
  }

  /** Upserts every entry in one transaction, with an audit row for each change, or writes nothing. */
  private recordEntries(user: AuthUser, sessionId: string, entries: AttendanceEntryInput[], fieldName: FieldName): Promise<AttendanceEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.sessionAccess.requireRunner(user, sessionId, manager, true);
      if (session.cancelledAt) throw badInput('sessionId', 'the session was cancelled');
      if (session.startsAt.getTime() > Date.now()) throw badInput('sessionId', 'the session has not started yet');
      const changes = this.validEntries(session, entries, fieldName);
      await this.requireExpected(manager, session, entries, fieldName);
      const repository = manager.getRepository(AttendanceEntity);
      const userIds = changes.map((change) => change.userId);
      const before = new Map((await repository.findBy({ sessionId, userId: In(userIds) })).map((row) => [row.userId, row]));
      const changed = changes.filter(({ userId, status, minutes }) => before.get(userId)?.status !== status || before.get(userId)?.minutesAttended !== minutes);
      await this.upsert(manager, session, user, changed);
      const saved = await repository.find({ where: { sessionId, userId: In(userIds) }, relations: { user: true } });
      const savedByUser = new Map(saved.map((row) => [row.userId, row]));
      await this.audit.recordMany(
        manager,
        changed.map(({ userId, status, minutes }) => {
          const previous = before.get(userId);
          return {
            actorId: user.id,
            action: 'attendance.recorded',
            entityType: 'attendance',
            entityId: savedByUser.get(userId)!.id,
            cohortId: session.cohortId,
            before: previous ? { status: previous.status, minutesAttended: previous.minutesAttended } : null,
            after: { status, minutesAttended: minutes },
          };
        }),
      );
      return userIds.map((userId) => savedByUser.get(userId)!);
    });
  }

  private validEntries(session: SessionEntity, entries: AttendanceEntryInput[], fieldName: FieldName): Change[] {
    const reasons: Record<string, string> = {};
    const seen = new Set<string>();
    const changes = entries.map((entry, index) => {
      if (seen.has(entry.userId)) reasons[fieldName(index, 'userId')] = 'appears more than once';
      seen.add(entry.userId);
      const outcome = attendedMinutes(entry.status, entry.minutesAttended, session.durationMinutes);
      if ('problem' in outcome) {
        reasons[fieldName(index, 'minutesAttended')] = outcome.problem;
        return { userId: entry.userId, status: entry.status, minutes: 0 };
      }
      return { userId: entry.userId, status: entry.status, minutes: outcome.minutes };
    });
    if (Object.keys(reasons).length) throw new BadInputError(reasons);
    return changes;
  }

  /** Everyone named must be expected at the session: its invitees, its community, or the cohort's participants. */
  private async requireExpected(manager: EntityManager, session: SessionEntity, entries: AttendanceEntryInput[], fieldName: FieldName): Promise<void> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM unnest($2::uuid[]) AS u(id) JOIN session s ON s.id = $1 WHERE NOT ${expectedSql('s', 'u.id')}`,
      [session.id, entries.map((entry) => entry.userId)],
    );
    if (!rows.length) return;
    const unexpected = new Set(rows.map((row) => row.id));
    const reason = session.communityId
      ? "is not a member of this session's community (or enrolled after it)"
      : 'is not a participant this session is meant for (or enrolled after it)';
    const reasons: Record<string, string> = {};
    entries.forEach((entry, index) => {
      if (unexpected.has(entry.userId)) reasons[fieldName(index, 'userId')] = reason;
    });
    throw new BadInputError(reasons);
  }

  private async upsert(manager: EntityManager, session: SessionEntity, recorder: AuthUser, changes: Change[]): Promise<void> {
    if (!changes.length) return;
    await manager.query(
      `INSERT INTO attendance (session_id, user_id, status, minutes_attended, recorded_by_id, recorded_at)
       SELECT $1, c.user_id, c.status::attendance_status, c.minutes, $2, now()
       FROM unnest($3::uuid[], $4::text[], $5::int[]) AS c(user_id, status, minutes)
       ON CONFLICT (session_id, user_id) DO UPDATE
         SET status = EXCLUDED.status, minutes_attended = EXCLUDED.minutes_attended,
             recorded_by_id = EXCLUDED.recorded_by_id, recorded_at = EXCLUDED.recorded_at`,
      [session.id, recorder.id, changes.map((c) => c.userId), changes.map((c) => c.status), changes.map((c) => c.minutes)],
    );
  }

  private async facilitatesMember(cohortId: string, facilitatorId: string, memberId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT ${facilitatesMemberSql('$1', '$2', '$3')} AS facilitates`, [cohortId, memberId, facilitatorId]);
    return row.facilitates;
  }
}
