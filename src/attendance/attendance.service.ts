import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { CeRecords } from '../ce/ce-records';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { SessionEntity } from '../curriculum/session.entity';
import { Transactions } from '../database/transactions';
import { BadInputError, badInput } from '../errors/domain-errors';
import { attendedMinutes } from './attendance-minutes';
import { AttendanceStatus } from './attendance-status';
import { AttendanceEntity } from './attendance.entity';
import { AttendanceEntryInput, RecordAttendanceInput, RecordSessionAttendanceInput } from './attendance.inputs';
import { AttendanceSummary } from './attendance.models';
import { AttendanceChange, AttendanceRepository, AttendanceSheetRow, SessionToTake } from './attendance.repository';

/** Names an entry's field in errors: `userId` for a single record, `entries.2.userId` in bulk. */
type FieldName = (index: number, field: string) => string;

@Injectable()
export class AttendanceService {
  constructor(
    private readonly access: Access,
    private readonly repository: AttendanceRepository,
    private readonly sessions: CurriculumRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly ceRecords: CeRecords,
  ) {}

  async record(user: AuthUser, input: RecordAttendanceInput): Promise<AttendanceEntity> {
    const [attendance] = await this.recordEntries(user, input.sessionId, [input], (_index, field) => field);
    return attendance;
  }

  recordSession(user: AuthUser, input: RecordSessionAttendanceInput): Promise<AttendanceEntity[]> {
    return this.recordEntries(user, input.sessionId, input.entries, (index, field) => `entries.${index}.${field}`);
  }

  /** The sessions the viewer runs that have started, newest first (at most `limit`), for the attendance pages. */
  sessionsToTake(user: AuthUser, limit: number): Promise<SessionToTake[]> {
    return this.repository.sessionsToTake(user, limit);
  }

  /** A session's attendance sheet, for whoever may record it: everyone expected, with what is recorded. */
  async sheet(user: AuthUser, sessionId: string): Promise<{ session: SessionEntity; rows: AttendanceSheetRow[] }> {
    await this.access.require(user, Permission.SESSION_RUN, target.session(sessionId));
    const [session] = await this.sessions.sessionsByIds([sessionId]);
    return { session, rows: await this.repository.attendanceSheet(sessionId) };
  }

  /** Attendance rows of many sessions the viewer may see (for DataLoaders), filtered in one statement. */
  visibleAttendanceOf(user: AuthUser, sessionIds: readonly string[]): Promise<AttendanceEntity[]> {
    return this.repository.visibleAttendanceOfSessions(user, sessionIds);
  }

  async summary(user: AuthUser, cohortId: string, participantId: string): Promise<AttendanceSummary> {
    await this.access.require(user, Permission.PARTICIPANT_RECORDS_READ, target.participant(cohortId, participantId));
    const rows = await this.repository.participantSummary(cohortId, participantId);
    const total = rows.find((row) => row.kind === null);
    return {
      cohortId,
      userId: participantId,
      totalMinutes: total?.minutesAttended ?? 0,
      ceEligibleMinutes: total?.ceEligibleMinutes ?? 0,
      byKind: rows.flatMap(({ kind, minutesAttended, sessionsAttended, sessionsExpected, sessionsHeld }) =>
        kind === null ? [] : [{ kind, minutesAttended, sessionsAttended, sessionsExpected, sessionsHeld }],
      ),
    };
  }

  /** Upserts every entry in one transaction, with an audit row for each change, or writes nothing. */
  private recordEntries(user: AuthUser, sessionId: string, entries: AttendanceEntryInput[], fieldName: FieldName): Promise<AttendanceEntity[]> {
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.SESSION_RUN, target.session(sessionId), manager);
      const session = await this.sessions.lockSession(sessionId, manager);
      if (session.cancelledAt) throw badInput('sessionId', 'the session was cancelled');
      // A make-up is refused on its status (see validEntries), the clearer reason for it.
      const makesUp = entries.some((entry) => entry.status === AttendanceStatus.MADE_UP);
      if (session.startsAt.getTime() > Date.now() && !makesUp) throw badInput('sessionId', 'the session has not started yet');
      const changes = validEntries(session, entries, fieldName);
      await this.requireExpected(manager, session, entries, fieldName);
      const userIds = changes.map((change) => change.userId);
      const before = new Map((await this.repository.attendanceOf(sessionId, userIds, manager)).map((row) => [row.userId, row]));
      const changed = changes.filter(({ userId, status, minutes }) => before.get(userId)?.status !== status || before.get(userId)?.minutesAttended !== minutes);
      await this.repository.upsert(sessionId, user.id, changed, manager);
      const savedByUser = new Map((await this.repository.attendanceWithUsersOf(sessionId, userIds, manager)).map((row) => [row.userId, row]));
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
      if (changed.length) await this.ceRecords.afterAttendance(manager, session.cohortId, changed.map((change) => change.userId));
      return userIds.map((userId) => savedByUser.get(userId)!);
    });
  }

  /** Everyone named must be expected at the session: its invitees, its community, or the cohort's participants. */
  private async requireExpected(manager: EntityManager, session: SessionEntity, entries: AttendanceEntryInput[], fieldName: FieldName): Promise<void> {
    const unexpected = await this.repository.notExpectedAt(session.id, entries.map((entry) => entry.userId), manager);
    if (!unexpected.size) return;
    const reason = session.communityId
      ? "is not a member of this session's community (or enrolled after it)"
      : 'is not a participant this session is meant for (or enrolled after it)';
    const reasons: Record<string, string> = {};
    entries.forEach((entry, index) => {
      if (unexpected.has(entry.userId)) reasons[fieldName(index, 'userId')] = reason;
    });
    throw new BadInputError(reasons);
  }
}

function hasEnded(session: SessionEntity): boolean {
  return session.startsAt.getTime() + session.durationMinutes * 60_000 <= Date.now();
}

function validEntries(session: SessionEntity, entries: AttendanceEntryInput[], fieldName: FieldName): AttendanceChange[] {
  const reasons: Record<string, string> = {};
  const seen = new Set<string>();
  const changes = entries.map((entry, index) => {
    if (seen.has(entry.userId)) reasons[fieldName(index, 'userId')] = 'appears more than once';
    seen.add(entry.userId);
    if (entry.status === AttendanceStatus.MADE_UP && !hasEnded(session)) reasons[fieldName(index, 'status')] = 'MADE_UP only once the session has ended';
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
