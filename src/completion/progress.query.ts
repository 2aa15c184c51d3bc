import { EntityManager } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { Achievements } from './progress-rules';

/** One participant's aggregates, with the person (for the response and for certificates). */
export interface ParticipantAchievements extends Achievements {
  user: UserEntity;
  /** PRESENT minutes at CE-eligible, non-cancelled sessions: the basis of CE hours. */
  ceEligibleMinutes: number;
}

/**
 * Every aggregate progress needs, for all participants of a cohort (or the listed ones), in one
 * statement whatever the cohort's size. Cancelled sessions and non-PRESENT attendance never count.
 */
const PROGRESS_SQL = `
WITH participant AS (
  SELECT e.user_id FROM enrollment e
  WHERE e.cohort_id = $1 AND e.role = 'PARTICIPANT' AND ($2::uuid[] IS NULL OR e.user_id = ANY($2::uuid[]))
),
attended AS (
  SELECT a.user_id,
         count(*) FILTER (WHERE s.kind = 'FACULTY_SEMINAR')::int AS faculty_sessions,
         count(*) FILTER (WHERE s.kind = 'COMMUNITY_OF_PRACTICE')::int AS community_sessions,
         coalesce(sum(a.minutes_attended) FILTER (WHERE s.kind = 'REFLECTIVE_PRACTICE'), 0)::int AS reflective_minutes,
         coalesce(sum(a.minutes_attended) FILTER (WHERE s.ce_eligible), 0)::int AS ce_minutes,
         coalesce(sum(a.minutes_attended), 0)::int AS attended_minutes
  FROM attendance a JOIN session s ON s.id = a.session_id
  WHERE s.cohort_id = $1 AND s.cancelled_at IS NULL AND a.status = 'PRESENT'
    AND a.user_id IN (SELECT user_id FROM participant)
  GROUP BY a.user_id
),
journals AS (
  SELECT js.participant_id AS user_id, count(*)::int AS satisfactory,
         coalesce(sum(ja.expected_minutes), 0)::int AS expected_minutes
  FROM journal_submission js JOIN journal_assignment ja ON ja.id = js.assignment_id
  WHERE js.cohort_id = $1 AND js.status = 'SATISFACTORY' AND js.participant_id IN (SELECT user_id FROM participant)
  GROUP BY js.participant_id
),
practicum AS (
  SELECT p.participant_id AS user_id, coalesce(sum(p.minutes), 0)::int AS approved_minutes
  FROM practicum_log_entry p
  WHERE p.cohort_id = $1 AND p.status = 'APPROVED' AND p.participant_id IN (SELECT user_id FROM participant)
  GROUP BY p.participant_id
)
SELECT u.id, u.email, u.full_name, u.is_admin, u.credentials,
       coalesce(at.faculty_sessions, 0) AS faculty_sessions,
       coalesce(at.community_sessions, 0) AS community_sessions,
       coalesce(at.reflective_minutes, 0) AS reflective_minutes,
       coalesce(at.ce_minutes, 0) AS ce_minutes,
       coalesce(at.attended_minutes, 0) AS attended_minutes,
       coalesce(j.satisfactory, 0) AS journals_satisfactory,
       coalesce(j.expected_minutes, 0) AS journal_minutes,
       coalesce(pr.approved_minutes, 0) AS practicum_minutes
FROM participant p
JOIN app_user u ON u.id = p.user_id
LEFT JOIN attended at ON at.user_id = p.user_id
LEFT JOIN journals j ON j.user_id = p.user_id
LEFT JOIN practicum pr ON pr.user_id = p.user_id
ORDER BY u.full_name, u.id`;

interface ProgressRow {
  id: string;
  email: string;
  full_name: string;
  is_admin: boolean;
  credentials: string[];
  faculty_sessions: number;
  community_sessions: number;
  reflective_minutes: number;
  ce_minutes: number;
  attended_minutes: number;
  journals_satisfactory: number;
  journal_minutes: number;
  practicum_minutes: number;
}

export async function queryParticipantAchievements(
  manager: EntityManager,
  cohortId: string,
  userIds: string[] | null,
): Promise<ParticipantAchievements[]> {
  const rows: ProgressRow[] = await manager.query(PROGRESS_SQL, [cohortId, userIds]);
  return rows.map(toAchievements);
}

function toAchievements(row: ProgressRow): ParticipantAchievements {
  const user = Object.assign(new UserEntity(), {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    isAdmin: row.is_admin,
    credentials: row.credentials,
  });
  return {
    user,
    facultySessions: row.faculty_sessions,
    communitySessions: row.community_sessions,
    journalsSatisfactory: row.journals_satisfactory,
    practicumMinutesApproved: row.practicum_minutes,
    reflectivePracticeMinutes: row.reflective_minutes,
    totalContactMinutes: row.attended_minutes + row.journal_minutes + row.practicum_minutes,
    ceEligibleMinutes: row.ce_minutes,
  };
}
