import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { NotFoundError } from '../errors/domain-errors';
import { facilitatesMemberSql } from '../curriculum/session-audience';
import { CohortAccess } from '../programs/cohort-access.service';
import { PracticumActivity, PracticumEntryStatus } from './practicum-enums';
import { ENTRY_SELECT, EntryRow, facilitatesAuthorSql, toLogEntry, toPlacement } from './practicum-entry.query';
import { PracticumPlacementEntity } from './practicum-placement.entity';
import { totalMinutes } from './practicum-rules';
import { MyPracticum, PracticumLogEntry, PracticumSummary } from './practicum.models';
import { requireParticipant, requireQueueReader, requireSummaryReader } from './practicum.policy';

/** The practicum reads; each costs a fixed number of statements however many entries there are. */
@Injectable()
export class PracticumReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
  ) {}

  async myPracticum(user: AuthUser, cohortId: string): Promise<MyPracticum> {
    const roles = await this.access.of(user, cohortId);
    requireParticipant(roles);
    const [placements, rows] = await Promise.all([
      this.dataSource.getRepository(PracticumPlacementEntity).find({
        where: { cohortId, participantId: user.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.entryRows(`WHERE e.cohort_id = $2 AND e.participant_id = $1 ORDER BY e.date DESC, e.created_at DESC`, [user.id, cohortId]),
    ]);
    return {
      placements: placements.map(toPlacement),
      entries: rows.map((row) => toLogEntry(row, roles)),
      totals: totalMinutes(rows),
    };
  }

  /** PENDING entries the caller may review, oldest first: all of the cohort for faculty and admins, their communities' for facilitators. */
  async reviewQueue(user: AuthUser, cohortId: string): Promise<PracticumLogEntry[]> {
    const roles = await this.access.of(user, cohortId);
    requireQueueReader(roles);
    const seesWholeCohort = roles.isAdmin || roles.isFaculty;
    const rows = await this.entryRows(
      `WHERE e.cohort_id = $2 AND e.status = '${PracticumEntryStatus.PENDING}' AND e.participant_id <> $1
         AND ($3::boolean OR ${facilitatesAuthorSql('$1')})
       ORDER BY e.submitted_at, e.id`,
      [user.id, cohortId, seesWholeCohort],
    );
    return rows.map((row) => toLogEntry(row, roles));
  }

  /** Entries by id as the caller sees them (after a change), in one statement. */
  async entriesById(user: AuthUser, cohortId: string, ids: string[]): Promise<PracticumLogEntry[]> {
    const roles = await this.access.of(user, cohortId);
    const rows = await this.entryRows(`WHERE e.id = ANY($2::uuid[]) ORDER BY e.date DESC, e.created_at DESC`, [user.id, ids]);
    return rows.map((row) => toLogEntry(row, roles));
  }

  /** Minutes by status and activity, and attended reflective practice minutes, summed in SQL. */
  async summary(user: AuthUser, cohortId: string, userId: string): Promise<PracticumSummary> {
    const roles = await this.access.of(user, cohortId);
    const [row] = await this.dataSource.query<SummaryRow[]>(SUMMARY_SQL, [cohortId, userId, user.id]);
    requireSummaryReader(roles, userId, row.viewer_facilitates);
    if (!row.is_participant) throw new NotFoundError('Participant');
    return { userId, ...totalMinutes(row.groups), reflectivePracticeMinutes: row.reflective_practice_minutes };
  }

  private entryRows(whereAndOrder: string, parameters: unknown[]): Promise<EntryRow[]> {
    return this.dataSource.query<EntryRow[]>(`${ENTRY_SELECT} ${whereAndOrder}`, parameters);
  }
}

interface SummaryRow {
  is_participant: boolean;
  viewer_facilitates: boolean;
  groups: { status: PracticumEntryStatus; activity: PracticumActivity; minutes: number }[];
  reflective_practice_minutes: number;
}

const SUMMARY_SQL = `
  SELECT
    EXISTS (SELECT 1 FROM enrollment WHERE cohort_id = $1 AND user_id = $2 AND role = 'PARTICIPANT') AS is_participant,
    ${facilitatesMemberSql('$1', '$2', '$3')} AS viewer_facilitates,
    COALESCE((
      SELECT json_agg(grouped) FROM (
        SELECT status, activity, SUM(minutes)::int AS minutes
        FROM practicum_log_entry
        WHERE cohort_id = $1 AND participant_id = $2
        GROUP BY status, activity
      ) grouped
    ), '[]') AS groups,
    (
      SELECT COALESCE(SUM(a.minutes_attended), 0)::int
      FROM attendance a JOIN session s ON s.id = a.session_id
      WHERE s.cohort_id = $1 AND s.kind = 'REFLECTIVE_PRACTICE' AND s.cancelled_at IS NULL
        AND a.user_id = $2 AND a.status = 'PRESENT'
    ) AS reflective_practice_minutes`;
