import { defineQueries } from '../database/query-set';

/**
 * Every aggregate progress needs, in one statement whatever the cohort's size, for the participants
 * `participant` selects (user_id, withdrawn_on). `ownRows` narrows each table read (credited
 * attendance, waivers, journals, practicum) to those participants' rows (a table `alias`'s person
 * column is `column`); with the whole cohort it is left out, as the join on the participants keeps
 * only theirs anyway. Attendance is read once, summed per person and session kind,
 * then per person: contact minutes are live (PRESENT), non-optional ones; kinds, kind_sessions and
 * kind_minutes are sessions and minutes per session kind (optional sessions left out, kinds with
 * none absent); waived holds the ids of the requirements waived for the participant; withdrawn_on
 * marks a participant who withdrew (their records still count).
 */
const achievementsOf = (participant: string, ownRows: (alias: string, column: string) => string) => `
    WITH participant AS (${participant}),
    per_kind AS (
      -- Optional sessions count toward no requirement; made-up sessions toward neither contact minutes nor CE.
      SELECT ac.user_id, ac.kind,
             count(*) FILTER (WHERE NOT ac.optional)::int AS sessions,
             coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional), 0)::int AS minutes,
             coalesce(sum(ac.credited_minutes) FILTER (WHERE ac.ce_eligible AND NOT ac.made_up), 0)::int AS ce_minutes,
             coalesce(sum(ac.credited_minutes) FILTER (WHERE NOT ac.optional AND NOT ac.made_up), 0)::int AS contact_minutes
        FROM attendance_credit ac
       WHERE ac.cohort_id = $1${ownRows('ac', 'user_id')}
       GROUP BY ac.user_id, ac.kind
    ),
    attended AS (
      SELECT k.user_id,
             coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'FACULTY_SEMINAR'), 0)::int AS faculty_sessions,
             coalesce(sum(k.sessions) FILTER (WHERE k.kind = 'COMMUNITY_OF_PRACTICE'), 0)::int AS community_sessions,
             coalesce(sum(k.minutes) FILTER (WHERE k.kind = 'REFLECTIVE_PRACTICE'), 0)::int AS reflective_minutes,
             sum(k.ce_minutes)::int AS ce_minutes,
             sum(k.contact_minutes)::int AS contact_minutes,
             array_agg(k.kind::text) FILTER (WHERE k.sessions > 0) AS kinds,
             array_agg(k.sessions) FILTER (WHERE k.sessions > 0) AS kind_sessions,
             array_agg(k.minutes) FILTER (WHERE k.sessions > 0) AS kind_minutes
        FROM per_kind k
       GROUP BY k.user_id
    ),
    waived AS (
      SELECT w.user_id, array_agg(w.requirement_id) AS requirement_ids
        FROM requirement_waiver w
       WHERE w.cohort_id = $1${ownRows('w', 'user_id')}
       GROUP BY w.user_id
    ),
    journals AS (
      SELECT js.participant_id AS user_id, count(*)::int AS satisfactory
        FROM journal_submission js
       WHERE js.cohort_id = $1 AND js.status = 'SATISFACTORY'${ownRows('js', 'participant_id')}
       GROUP BY js.participant_id
    ),
    practicum AS (
      SELECT p.participant_id AS user_id, coalesce(sum(p.minutes), 0)::int AS approved_minutes
        FROM practicum_log_entry p
       WHERE p.cohort_id = $1 AND p.status = 'APPROVED'${ownRows('p', 'participant_id')}
       GROUP BY p.participant_id
    )
    SELECT u.id, u.email, u.full_name, u.is_admin, u.credentials,
           coalesce(at.faculty_sessions, 0) AS faculty_sessions,
           coalesce(at.community_sessions, 0) AS community_sessions,
           coalesce(at.reflective_minutes, 0) AS reflective_minutes,
           coalesce(at.ce_minutes, 0) AS ce_minutes,
           coalesce(at.contact_minutes, 0) AS contact_minutes,
           coalesce(j.satisfactory, 0) AS journals_satisfactory,
           coalesce(pr.approved_minutes, 0) AS practicum_minutes,
           coalesce(at.kinds, '{}') AS kinds,
           coalesce(at.kind_sessions, '{}') AS kind_sessions,
           coalesce(at.kind_minutes, '{}') AS kind_minutes,
           coalesce(wv.requirement_ids, '{}'::uuid[]) AS waived,
           p.withdrawn_on
      FROM participant p
      JOIN app_user u ON u.id = p.user_id
      LEFT JOIN attended at ON at.user_id = p.user_id
      LEFT JOIN journals j ON j.user_id = p.user_id
      LEFT JOIN practicum pr ON pr.user_id = p.user_id
      LEFT JOIN waived wv ON wv.user_id = p.user_id
     ORDER BY u.full_name, u.id
  `;

/** Rows of the participants `participant` selected, and no others. */
const participantsOwn = (alias: string, column: string) => ` AND ${alias}.${column} IN (SELECT user_id FROM participant)`;
const wholeCohort = () => '';

export const COMPLETION_QUERIES = defineQueries('completion', {
  /** The aggregates of every participant of cohort $1: the cohort's records read as a whole. */
  cohortAchievements: achievementsOf(
    `SELECT e.user_id, e.withdrawn_on FROM enrollment e
       WHERE e.cohort_id = $1 AND e.role = 'PARTICIPANT'`,
    wholeCohort,
  ),
  /**
   * The aggregates of some of cohort $1's participants: those listed ($2), or (with a facilitator,
   * $3) the members of the communities that facilitator runs; only their attendance is read.
   */
  participantAchievements: achievementsOf(
    `SELECT e.user_id, e.withdrawn_on FROM enrollment e
       WHERE e.cohort_id = $1 AND e.role = 'PARTICIPANT'
         AND ($2::uuid[] IS NULL OR e.user_id = ANY ($2::uuid[]))
         AND ($3::uuid IS NULL OR facilitates_member($1, e.user_id, $3))`,
    participantsOwn,
  ),
  /**
   * The aggregates of one participant ($2) of cohort $1; none when they are not its participant. The
   * person's id, compared for equality, reaches every table: only their own rows are read.
   */
  participantAchievement: achievementsOf(
    `SELECT e.user_id, e.withdrawn_on FROM enrollment e
       WHERE e.cohort_id = $1 AND e.user_id = $2 AND e.role = 'PARTICIPANT'`,
    (alias, column) => ` AND ${alias}.${column} = $2`,
  ),

  /** The session kinds cohort $1 holds sessions of that can count (not optional, not cancelled). */
  countableSessionKinds: `
    SELECT coalesce(array_agg(DISTINCT s.kind::text), '{}') AS kinds
      FROM session s
     WHERE s.cohort_id = $1 AND NOT s.optional AND s.cancelled_at IS NULL
  `,

  /** Records a waiver ($1 cohort, $2 requirement, $3 participant, $4 reason, $5 admin); a second one replaces the reason. */
  insertWaiver: `
    INSERT INTO requirement_waiver (cohort_id, requirement_id, user_id, reason, waived_by_id)
    VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (requirement_id, user_id) DO UPDATE SET reason = EXCLUDED.reason, waived_by_id = EXCLUDED.waived_by_id
    RETURNING id, cohort_id, requirement_id, user_id, reason, created_at
  `,
  /** Whether the requirement ($2) belongs to the cohort ($1), and whether the person ($3) is its participant. */
  waiverTargets: `
    SELECT EXISTS (SELECT 1 FROM completion_requirement r WHERE r.id = $2 AND r.cohort_id = $1) AS requirement_in_cohort,
           EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = $1 AND e.user_id = $3 AND e.role = 'PARTICIPANT') AS is_participant
  `,
});
