import { digestWeek } from '../src/reminders/reminder-rules';
import {
  CohortPlan, COMMUNITY_SIZE, CYCLE_DAYS, CYCLES, EMAIL_DOMAIN, JOURNALS, PRACTICUM_ENTRIES, idSql as idOf, stableIdSql as id, TIME_ZONE,
} from './statewide-plan';
import {
  COMMUNITY_NAMES, COUNTIES, FEEDBACK_REVISION, FEEDBACK_SATISFACTORY, FIRST_NAMES, JOURNAL_SENTENCES, JOURNAL_TITLES, LAST_NAMES,
  PRACTICUM_SENTENCES, REGIONS, REVIEW_APPROVED, REVIEW_CHANGES, SEMINAR_TOPICS, WITHDRAWAL_REASONS,
} from './statewide-text';

/** One set-based INSERT … SELECT: the step it reports, the table whose rows it counts. */
export interface Statement {
  step: string;
  table: string;
  text: string;
  values: unknown[];
}

/*
 * Every statement takes the cohort plan as $1 (jsonb) and reads it through PLAN. Variety comes from
 * DRAW, a stable hash of the record's ids, so a run is reproducible and rows differ like real ones.
 * Who attends, submits and logs what follows the calendar: whatever lies before today is done.
 */
const PLAN = `jsonb_to_recordset($1::jsonb) AS p(n int, program int, label text, size int, communities int, facilitators int, faculty int, "startOffset" int)`;
const TODAY = `(now() AT TIME ZONE '${TIME_ZONE}')::date`;
const COHORT_OF_PLAN = `JOIN cohort c ON c.id = ${id('cohort', 'p.n')}`;
const draw = (text: string) => `(hashtext(${text}) & 2147483647)`;
/** The instant of a local day and time (SQL expressions) on the cohort's clock. */
const local = (day: string, time: string) => `((${day}) + ${time}) AT TIME ZONE c.time_zone`;
/** A participant's enrolment day: three weeks before the start, give or take two. */
const enrolledOn = (seat: string) => `c.starts_on - 21 + ${seat} % 14`;

/** An instant as the app writes it in reminder occasions (`Date.toISOString()`). */
const isoInstant = (instant: string) => `to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Paragraphs of sentences from a pool ($n text[]), each sentence chosen by a digit of a hash of `seed` and the paragraph. */
function composed(pool: string, poolSize: number, seed: string, paragraphs: number, sentences: number): string {
  const paragraph = (index: number) => {
    const digits = draw(`${seed} || '${index}'`);
    const picks = Array.from({ length: sentences }, (_, place) => `${pool}[1 + ${digits} / ${poolSize ** place} % ${poolSize}]`);
    return `concat_ws(' ', ${picks.join(', ')})`;
  };
  return `concat_ws(E'\\n\\n', ${Array.from({ length: paragraphs }, (_, index) => paragraph(index)).join(', ')})`;
}

/** Everyone of every cohort, by kind and number within the cohort (seat, or staff number). */
const ROSTER = `
  SELECT p.n, 'participant' AS kind, seat AS k, p."startOffset" FROM ${PLAN} CROSS JOIN generate_series(1, p.size) seat
  UNION ALL SELECT p.n, 'faculty', k, p."startOffset" FROM ${PLAN} CROSS JOIN generate_series(1, p.faculty) k
  UNION ALL SELECT p.n, 'facilitator', k, p."startOffset" FROM ${PLAN} CROSS JOIN generate_series(1, p.facilitators) k`;

export function structureStatements(plan: CohortPlan[], passwordHash: string): Statement[] {
  const cohorts = JSON.stringify(plan);
  return [
    {
      step: 'programs',
      table: 'program',
      text: `
        INSERT INTO program (id, name, description, time_zone, issuer_name, issuer_url, issuer_email, signatory_name, signatory_title, created_at)
        SELECT ${id('program', 'r.n')}, 'IECMHC Consultant Training, ' || r.region,
               'The statewide network''s consultant training in ' || r.region
                 || ': seminars, communities of practice, reflective journals and a supervised practicum.',
               $2, 'Statewide IECMHC Network, ' || r.region, 'https://' || $3 || '/' || lower(regexp_replace(r.region, '\\W+', '-', 'g')),
               'training@' || $3, 'Renata Solis, PhD', 'Director of Training', now() - interval '3 years'
          FROM unnest($1::text[]) WITH ORDINALITY AS r(region, n)`,
      values: [REGIONS, TIME_ZONE, EMAIL_DOMAIN],
    },
    {
      step: 'cohorts',
      table: 'cohort',
      text: `
        INSERT INTO cohort (id, program_id, name, starts_on, ends_on, capacity, time_zone, created_at)
        SELECT ${id('cohort', 'p.n')}, ${id('program', 'p.program')}, ($2::text[])[p.program] || ' ' || extract(year FROM d.starts_on) || ', ' || p.label,
               d.starts_on, d.starts_on + ${CYCLES * CYCLE_DAYS - 1}, p.size, $3, d.starts_on - 90
          FROM ${PLAN} CROSS JOIN LATERAL (SELECT date_trunc('week', ${TODAY}::timestamp)::date - p."startOffset" AS starts_on) d`,
      values: [cohorts, REGIONS, TIME_ZONE],
    },
    {
      step: 'people',
      table: 'app_user',
      text: `
        INSERT INTO app_user (id, email, full_name, password_hash, credentials, created_at)
        SELECT ${idOf('r.kind', 'r.n', 'r.k')}, lower(nm.first) || '.' || regexp_replace(lower(nm.last), '[^a-z]', '', 'g') || '.' || r.code || '@' || $5,
               nm.first || ' ' || nm.last, $4,
               CASE WHEN r.kind = 'participant' AND h % 3 = 0 THEN '{}'::text[] ELSE ARRAY[(ARRAY['MSW', 'MA', 'MS', 'PhD', 'RN'])[1 + h % 5]] END,
               now() - make_interval(days => r.age)
          FROM (SELECT n, kind, k, left(kind, 4) || n || '-' || k AS code, "startOffset" + 40 AS age FROM (${ROSTER}) roster
                UNION ALL SELECT n, 'coordinator', 1, 'coord' || n, 1100 FROM generate_series(1, cardinality($6::text[])) n) r
         CROSS JOIN LATERAL (SELECT ${draw(`r.kind || r.n || ':' || r.k`)} AS h) d
         CROSS JOIN LATERAL (SELECT ($2::text[])[1 + d.h % ${FIRST_NAMES.length}] AS first, ($3::text[])[1 + d.h / 64 % ${LAST_NAMES.length}] AS last) nm`,
      values: [cohorts, FIRST_NAMES, LAST_NAMES, passwordHash, EMAIL_DOMAIN, REGIONS],
    },
    {
      step: 'program coordinators',
      table: 'program_role',
      text: `
        INSERT INTO program_role (program_id, user_id, role, granted_at)
        SELECT ${id('program', 'n')}, ${id('coordinator', 'n', '1')}, 'COORDINATOR', now() - interval '3 years'
          FROM generate_series(1, $1::int) n`,
      values: [REGIONS.length],
    },
    {
      // About one participant in a hundred of a running cohort has withdrawn, five months in.
      step: 'enrolments',
      table: 'enrollment',
      text: `
        INSERT INTO enrollment (cohort_id, user_id, role, enrolled_at, status, withdrawn_on, withdrawal_reason)
        SELECT c.id, ${idOf('r.kind', 'r.n', 'r.k')}, upper(r.kind)::enrollment_role,
               ${local(enrolledOn('r.k'), "time '10:00'")},
               CASE WHEN w.withdrawn THEN 'WITHDRAWN' ELSE 'ACTIVE' END::enrollment_status,
               CASE WHEN w.withdrawn THEN c.starts_on + 150 + r.k % 20 END,
               CASE WHEN w.withdrawn THEN ($2::text[])[1 + r.k % ${WITHDRAWAL_REASONS.length}] END
          FROM (${ROSTER}) r
          JOIN cohort c ON c.id = ${id('cohort', 'r.n')}
         CROSS JOIN LATERAL (SELECT r.kind = 'participant' AND r.k % 100 = 60 AND c.ends_on >= ${TODAY} AS withdrawn) w`,
      values: [cohorts, WITHDRAWAL_REASONS],
    },
    {
      step: 'communities',
      table: 'community',
      text: `
        INSERT INTO community (id, cohort_id, name, created_at)
        SELECT ${id('community', 'p.n', 'k')}, c.id, ($2::text[])[1 + k], c.created_at
          FROM ${PLAN} ${COHORT_OF_PLAN} CROSS JOIN generate_series(0, p.communities - 1) k`,
      values: [cohorts, COMMUNITY_NAMES],
    },
    {
      step: 'community facilitators',
      table: 'community_facilitator',
      text: `
        INSERT INTO community_facilitator (community_id, user_id)
        SELECT ${id('community', 'p.n', 'k')}, ${id('facilitator', 'p.n', 'k / 2 + 1')}
          FROM ${PLAN} CROSS JOIN generate_series(0, p.communities - 1) k`,
      values: [cohorts],
    },
    {
      // Memberships are dated: one participant in fifty moved to the next community at the sixth cycle.
      step: 'community members',
      table: 'community_member',
      text: `
        INSERT INTO community_member (community_id, user_id, cohort_id, joined_on, left_on, added_at)
        SELECT ${id('community', 'p.n', 'm.community')}, ${id('participant', 'p.n', 'seat')}, c.id, m.joined_on, m.left_on, m.joined_on
          FROM ${PLAN} ${COHORT_OF_PLAN}
         CROSS JOIN generate_series(1, p.size) seat
         CROSS JOIN LATERAL (SELECT (seat - 1) / ${COMMUNITY_SIZE} AS home, p.communities > 1 AND seat % 50 = 17 AS moves) s
         CROSS JOIN LATERAL (
           SELECT s.home AS community, ${enrolledOn('seat')} AS joined_on, CASE WHEN s.moves THEN c.starts_on + ${5 * CYCLE_DAYS - 1} END AS left_on
           UNION ALL
           SELECT (s.home + 1) % p.communities, c.starts_on + ${5 * CYCLE_DAYS}, NULL WHERE s.moves
         ) m`,
      values: [cohorts],
    },
    {
      step: 'course modules',
      table: 'course_module',
      text: `
        INSERT INTO course_module (id, cohort_id, title, position, created_at)
        SELECT ${id('module', 'p.n', 'm')}, c.id, 'Cycle ' || m + 1 || ': ' || ($2::text[])[m + 1], m + 1, c.created_at
          FROM ${PLAN} ${COHORT_OF_PLAN} CROSS JOIN generate_series(0, ${CYCLES - 1}) m`,
      values: [cohorts, SEMINAR_TOPICS],
    },
    {
      // Per cycle: a seminar (CE), reflective practice every other cycle, and each community's meeting on its own day.
      step: 'sessions',
      table: 'session',
      text: `
        INSERT INTO session (cohort_id, module_id, community_id, kind, title, starts_at, duration_minutes, ce_eligible, leader_id,
                             modality, location, join_url, created_at, updated_at)
        SELECT c.id, ${id('module', 'p.n', 'm')}, x.community_id, x.kind::session_kind, x.title, ${local('c.starts_on + x.day', 'x.at')},
               x.minutes, x.kind = 'FACULTY_SEMINAR', x.leader_id, x.modality::session_modality, x.location,
               'https://meet.example.org/statewide-iecmhc/' || p.n || '/' || x.room, c.created_at, c.created_at
          FROM ${PLAN} ${COHORT_OF_PLAN}
         CROSS JOIN generate_series(0, ${CYCLES - 1}) m
         CROSS JOIN LATERAL (
           SELECT 'FACULTY_SEMINAR' AS kind, NULL::uuid AS community_id, 'Seminar ' || m + 1 || ': ' || ($2::text[])[m + 1] AS title,
                  ${CYCLE_DAYS} * m + 1 AS day, time '09:30' AS at, 150 AS minutes, ${id('faculty', 'p.n', 'm % p.faculty + 1')} AS leader_id,
                  'HYBRID' AS modality, 'Regional training center, room 2' AS location, 'seminar' AS room
           UNION ALL
           SELECT 'REFLECTIVE_PRACTICE', NULL, 'Reflective practice group ' || m / 2 + 1, ${CYCLE_DAYS} * m + 8, time '12:00', 60,
                  ${id('faculty', 'p.n', '(m / 2) % p.faculty + 1')}, 'ONLINE', NULL, 'reflective-practice'
            WHERE m % 2 = 0
           UNION ALL
           SELECT 'COMMUNITY_OF_PRACTICE', ${id('community', 'p.n', 'k')}, ($3::text[])[1 + k] || ' community of practice, meeting ' || m + 1,
                  ${CYCLE_DAYS} * m + 15 + k % 4, CASE WHEN k % 2 = 0 THEN time '15:00' ELSE time '17:30' END, 90,
                  ${id('facilitator', 'p.n', 'k / 2 + 1')}, 'ONLINE', NULL, 'community-' || k
             FROM generate_series(0, p.communities - 1) k
         ) x`,
      values: [cohorts, SEMINAR_TOPICS, COMMUNITY_NAMES],
    },
    {
      step: 'requirements',
      table: 'completion_requirement',
      text: `
        INSERT INTO completion_requirement (cohort_id, kind, threshold, label, created_at, updated_at)
        SELECT c.id, r.kind::requirement_kind, r.threshold, r.label, c.created_at, c.created_at
          FROM ${PLAN} ${COHORT_OF_PLAN} CROSS JOIN jsonb_to_recordset($2::jsonb) AS r(kind text, threshold int, label text)`,
      values: [cohorts, JSON.stringify(REQUIREMENTS)],
    },
    {
      step: 'journal assignments',
      table: 'journal_assignment',
      text: `
        INSERT INTO journal_assignment (id, module_id, cohort_id, title, prompt, due_at, expected_minutes, rubric, created_at, updated_at)
        SELECT ${id('assignment', 'p.n', 'j')}, ${id('module', 'p.n', 'j')}, c.id, ($2::text[])[j],
               'Write for one to two hours about "' || lower(($2::text[])[j])
                 || '" in your consultation this cycle: what you noticed, what you felt, and what you might try next.',
               ${local(`c.starts_on + ${CYCLE_DAYS} * j + 24`, "time '23:59'")}, 90, $3::jsonb, c.created_at, c.created_at
          FROM ${PLAN} ${COHORT_OF_PLAN} CROSS JOIN generate_series(1, ${JOURNALS}) j`,
      values: [cohorts, JOURNAL_TITLES, JSON.stringify(RUBRIC)],
    },
    {
      step: 'CE approvals',
      table: 'ce_approval',
      text: `
        INSERT INTO ce_approval (cohort_id, board, approval_number, statement, approved_by_id, license_types, license_states,
                                 partial_credit, increment_minutes, unit, created_at, updated_at)
        SELECT c.id, a.board, a.prefix || '-' || extract(year FROM c.starts_on) || '-' || lpad(p.n::text, 3, '0'), a.statement,
               ${id('coordinator', 'p.program', '1')}, a.types, a.states, a.partial, a.increment, a.unit::ce_approval_unit_enum, c.created_at, c.created_at
          FROM ${PLAN} ${COHORT_OF_PLAN}
         CROSS JOIN jsonb_to_recordset($2::jsonb)
                    AS a(board text, prefix text, statement text, types text[], states text[], partial boolean, increment int, unit text)`,
      values: [cohorts, JSON.stringify(CE_APPROVALS)],
    },
  ];
}

/** The records of what happened before today: attendance, journals with their versions and grades, practicum, reminders sent; and licences. */
export function recordStatements(plan: CohortPlan[], now: Date): Statement[] {
  const cohorts = JSON.stringify(plan);
  const facultyOf = (seed: string) => id('faculty', 'p.n', `${seed} % p.faculty + 1`);
  return [
    {
      // Each participant misses at most one session of each kind (the draw picks which cycle), so
      // finished cohorts complete; late arrivals keep at least 90% of the minutes.
      step: 'attendance',
      table: 'attendance',
      text: `
        WITH held AS (
          SELECT s.id, s.cohort_id, s.community_id, s.kind, s.starts_at, s.duration_minutes, s.leader_id, d.day,
                 (d.day - c.starts_on) / ${CYCLE_DAYS} AS cycle
            FROM session s JOIN cohort c ON c.id = s.cohort_id
           CROSS JOIN LATERAL (SELECT (s.starts_at AT TIME ZONE c.time_zone)::date AS day) d
           WHERE s.starts_at + make_interval(mins => s.duration_minutes) < now() AND s.cancelled_at IS NULL
        ),
        expected AS (
          SELECT h.*, e.user_id FROM held h
            JOIN enrollment e ON e.cohort_id = h.cohort_id AND e.role = 'PARTICIPANT' AND e.enrolled_at <= h.starts_at
                             AND (e.withdrawn_on IS NULL OR e.withdrawn_on > h.day)
           WHERE h.community_id IS NULL
          UNION ALL
          SELECT h.*, e.user_id FROM held h
            JOIN community_member m ON m.community_id = h.community_id AND m.joined_on <= h.day AND (m.left_on IS NULL OR m.left_on >= h.day)
            JOIN enrollment e ON e.cohort_id = h.cohort_id AND e.user_id = m.user_id AND e.role = 'PARTICIPANT' AND e.enrolled_at <= h.starts_at
                             AND (e.withdrawn_on IS NULL OR e.withdrawn_on > h.day)
        )
        INSERT INTO attendance (session_id, user_id, status, minutes_attended, recorded_by_id, recorded_at)
        SELECT x.id, x.user_id, o.status::attendance_status, o.minutes, x.leader_id,
               least(x.starts_at + make_interval(mins => x.duration_minutes + 90), now())
          FROM expected x
         CROSS JOIN LATERAL (SELECT ${draw(`x.user_id::text || x.kind`)} AS person, ${draw('x.user_id::text || x.id::text')} AS late) r
         CROSS JOIN LATERAL (SELECT CASE x.kind WHEN 'FACULTY_SEMINAR' THEN r.person % 16 = x.cycle
                                                WHEN 'COMMUNITY_OF_PRACTICE' THEN r.person % 14 = x.cycle
                                                ELSE r.person % 9 = x.cycle / 2 END AS missed) m
         CROSS JOIN LATERAL (
           SELECT CASE WHEN NOT m.missed THEN 'PRESENT'
                       WHEN x.kind = 'COMMUNITY_OF_PRACTICE' AND r.person % 3 = 0 THEN 'MADE_UP'
                       WHEN r.person % 2 = 0 THEN 'EXCUSED' ELSE 'ABSENT' END AS status,
                  CASE WHEN NOT m.missed THEN x.duration_minutes - CASE WHEN r.late % 8 = 0 THEN r.late / 8 % (x.duration_minutes / 10 + 1) ELSE 0 END
                       WHEN x.kind = 'COMMUNITY_OF_PRACTICE' AND r.person % 3 = 0 THEN 60
                       ELSE 0 END AS minutes
         ) o`,
      values: [],
    },
    {
      // By how long ago the journal was due: long ago graded (a few after a revision), lately a full
      // grading queue, soon a few early submissions and drafts. Finished cohorts have no backlog.
      step: 'journals',
      table: 'journal_submission',
      text: `
        INSERT INTO journal_submission (assignment_id, participant_id, cohort_id, status, version, body, first_submitted_at, submitted_at, late,
                                        feedback, rubric_levels, graded_at, graded_by_id, created_at, updated_at)
        SELECT a.id, e.user_id, c.id, s.status::journal_submission_status, t.version,
               ${composed('($2::text[])', JOURNAL_SENTENCES.length, 'e.user_id::text || a.id::text', 3, 4)},
               f.first, t.submitted_at, coalesce(f.first > a.due_at, false), g.feedback, g.levels, t.graded_at, g.grader,
               coalesce(f.first, now() - interval '2 days') - interval '1 day', coalesce(t.graded_at, t.submitted_at, now() - interval '2 hours')
          FROM journal_assignment a
          JOIN cohort c ON c.id = a.cohort_id
          JOIN ${PLAN} ON ${id('cohort', 'p.n')} = c.id
          JOIN enrollment e ON e.cohort_id = c.id AND e.role = 'PARTICIPANT'
                           AND (e.withdrawn_on IS NULL OR (a.due_at AT TIME ZONE c.time_zone)::date < e.withdrawn_on)
         CROSS JOIN LATERAL (SELECT ${draw('e.user_id::text || a.id::text')} % 100 AS h, ${TODAY} - (a.due_at AT TIME ZONE c.time_zone)::date AS age) r
         CROSS JOIN LATERAL (
           SELECT CASE WHEN r.age > 45 THEN CASE WHEN c.ends_on >= ${TODAY} AND r.h >= 97 THEN 'SUBMITTED' ELSE 'SATISFACTORY' END
                       WHEN r.age > 14 THEN CASE WHEN r.h < 40 THEN 'SATISFACTORY' WHEN r.h < 48 THEN 'NEEDS_REVISION'
                                                 WHEN r.h < 95 THEN 'SUBMITTED' ELSE 'DRAFT' END
                       WHEN r.age >= 0 THEN CASE WHEN r.h < 10 THEN 'SATISFACTORY' WHEN r.h < 88 THEN 'SUBMITTED' WHEN r.h < 96 THEN 'DRAFT' END
                       WHEN r.age >= -14 THEN CASE WHEN r.h < 15 THEN 'SUBMITTED' WHEN r.h < 45 THEN 'DRAFT' END
                  END AS status
         ) s
         CROSS JOIN LATERAL (
           SELECT s.status = 'SATISFACTORY' AND r.age > 45 AND r.h < 8 AS revised, s.status IN ('SATISFACTORY', 'NEEDS_REVISION') AS graded,
                  CASE WHEN s.status <> 'DRAFT'
                       THEN least(a.due_at - make_interval(hours => 2 + r.h % 70) + CASE WHEN r.h % 20 = 7 THEN interval '80 hours' ELSE interval '0' END,
                                  now() - interval '1 hour') END AS first
         ) f
         CROSS JOIN LATERAL (
           SELECT CASE WHEN f.revised THEN 4 WHEN f.graded THEN 2 ELSE 1 END AS version,
                  CASE WHEN f.revised THEN f.first + interval '7 days' ELSE f.first END AS submitted_at,
                  CASE WHEN f.revised THEN f.first + interval '10 days'
                       WHEN f.graded THEN least(f.first + make_interval(days => 2 + r.h % 5), now() - interval '30 minutes') END AS graded_at
         ) t
         CROSS JOIN LATERAL (
           SELECT CASE WHEN f.graded THEN ${facultyOf('r.h')} END AS grader,
                  CASE s.status WHEN 'SATISFACTORY' THEN ($3::text[])[1 + r.h % ${FEEDBACK_SATISFACTORY.length}]
                                WHEN 'NEEDS_REVISION' THEN ($4::text[])[1 + r.h % ${FEEDBACK_REVISION.length}] END AS feedback,
                  CASE s.status WHEN 'SATISFACTORY' THEN ${rubricLevels(`CASE WHEN r.h % 2 = 0 THEN 'proficient' ELSE 'developing' END`, `'proficient'`)}
                                WHEN 'NEEDS_REVISION' THEN ${rubricLevels(`'emerging'`, `'emerging'`)} END AS levels
         ) g
         WHERE s.status IS NOT NULL`,
      values: [cohorts, JOURNAL_SENTENCES, FEEDBACK_SATISFACTORY, FEEDBACK_REVISION],
    },
    {
      // The database copies each version's title and prompt from its assignment (trigger journal_submission_version_keeps_prompt).
      step: 'journal versions',
      table: 'journal_submission_version',
      text: `
        INSERT INTO journal_submission_version (submission_id, attempt, version, body, submitted_at)
        SELECT j.id, 1, 1, CASE WHEN j.version = 4 THEN split_part(j.body, E'\\n\\n', 1) || E'\\n\\n' || split_part(j.body, E'\\n\\n', 2) ELSE j.body END,
               j.first_submitted_at
          FROM journal_submission j WHERE j.first_submitted_at IS NOT NULL
        UNION ALL
        SELECT j.id, 2, 3, j.body, j.submitted_at FROM journal_submission j WHERE j.version = 4`,
      values: [],
    },
    {
      step: 'journal grades',
      table: 'journal_grade',
      text: `
        INSERT INTO journal_grade (submission_id, grader_id, outcome, feedback, rubric_levels, graded_version, graded_at)
        SELECT j.id, j.graded_by_id, j.status::text::journal_outcome, j.feedback, j.rubric_levels, j.version - 1, j.graded_at
          FROM journal_submission j WHERE j.status IN ('SATISFACTORY', 'NEEDS_REVISION')
        UNION ALL
        SELECT j.id, j.graded_by_id, 'NEEDS_REVISION', ($1::text[])[1 + ${draw('j.id::text')} % ${FEEDBACK_REVISION.length}],
               ${rubricLevels(`'emerging'`, `'emerging'`)}, 1,
               j.first_submitted_at + interval '3 days'
          FROM journal_submission j WHERE j.version = 4`,
      values: [FEEDBACK_REVISION],
    },
    {
      // One placement each (a family child care home mostly); one participant in five has a second, a center.
      step: 'practicum placements',
      table: 'practicum_placement',
      text: `
        INSERT INTO practicum_placement (id, cohort_id, participant_id, provider_code, setting_type, region, created_at)
        SELECT ${id('placement', 'e.user_id', 'k')}, c.id, e.user_id,
               t.prefix || '-' || upper(substr(md5(e.user_id::text || k), 1, 6)), t.setting::practicum_setting_type,
               CASE WHEN r.h % 10 <> 9 THEN ($1::text[])[1 + r.h % ${COUNTIES.length}] END, ${local('c.starts_on + 10', "time '12:00'")}
          FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
         CROSS JOIN LATERAL (SELECT ${draw('e.user_id::text')} AS h) r
         CROSS JOIN generate_series(1, CASE WHEN r.h % 5 = 0 THEN 2 ELSE 1 END) k
         CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 AND r.h % 4 <> 3 THEN 'FCC' ELSE 'CTR' END AS prefix,
                                    CASE WHEN k = 1 AND r.h % 4 <> 3 THEN 'FAMILY_CHILD_CARE_HOME' ELSE 'CENTER' END AS setting) t
         WHERE e.role = 'PARTICIPANT'`,
      values: [COUNTIES],
    },
    {
      // An entry every four weeks; reviewed within days, so the last few weeks' wait (PENDING) or came back.
      step: 'practicum entries',
      table: 'practicum_log_entry',
      text: `
        INSERT INTO practicum_log_entry (placement_id, participant_id, cohort_id, date, minutes, activity, reflection, status, version,
                                         submitted_at, created_at, updated_at)
        SELECT ${id('placement', 'e.user_id', 'CASE WHEN r.h % 5 = 0 AND k % 2 = 1 THEN 2 ELSE 1 END')}, e.user_id, c.id, d.date,
               (ARRAY[60, 75, 90, 120, 60, 90, 105, 120])[1 + d.draw % 8],
               ($2::practicum_activity[])[1 + (k + d.draw) % ${ACTIVITIES.length}],
               ${composed('($1::text[])', PRACTICUM_SENTENCES.length, 'e.user_id::text || k', 1, 3)},
               s.status::practicum_entry_status, CASE WHEN s.revised THEN 2 ELSE 1 END, d.submitted_at, d.submitted_at,
               CASE s.status WHEN 'APPROVED'
                             THEN least(d.submitted_at + CASE WHEN s.revised THEN interval '6 days' ELSE interval '3 days' END, now() - interval '5 minutes')
                             WHEN 'CHANGES_REQUESTED' THEN least(d.submitted_at + interval '2 days', now() - interval '10 minutes')
                             ELSE d.submitted_at END
          FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
         CROSS JOIN LATERAL (SELECT ${draw('e.user_id::text')} AS h) r
         CROSS JOIN generate_series(0, ${PRACTICUM_ENTRIES - 1}) k
         CROSS JOIN LATERAL (SELECT c.starts_on + 20 + ${CYCLE_DAYS} * k + r.h % 7 AS date, ${draw(`e.user_id::text || k`)} AS draw) d0
         CROSS JOIN LATERAL (
           SELECT d0.date, d0.draw, least(${local('d0.date', "time '20:00'")}, now() - interval '1 hour') AS submitted_at, ${TODAY} - d0.date AS age
         ) d
         CROSS JOIN LATERAL (
           SELECT CASE WHEN d.age > 42 THEN 'APPROVED'
                       WHEN d.age >= 14 THEN CASE WHEN d.draw % 10 < 7 THEN 'APPROVED' WHEN d.draw % 10 = 7 THEN 'CHANGES_REQUESTED' ELSE 'PENDING' END
                       ELSE 'PENDING' END AS status,
                  d.age > 42 AND d.draw % 10 = 9 AS revised
         ) s
         WHERE e.role = 'PARTICIPANT' AND d.age >= 0 AND d.date <= c.ends_on AND (e.withdrawn_on IS NULL OR d.date < e.withdrawn_on)`,
      values: [PRACTICUM_SENTENCES, ACTIVITIES],
    },
    {
      // Reviewed by the facilitator of the participant's community; a revised entry was returned once first.
      step: 'practicum reviews',
      table: 'practicum_review',
      text: `
        INSERT INTO practicum_review (entry_id, reviewer_id, decision, comment, created_at)
        SELECT x.id, f.user_id, v.decision::practicum_review_decision, v.comment, v.at
          FROM practicum_log_entry x
          JOIN community_member m ON m.user_id = x.participant_id AND m.cohort_id = x.cohort_id AND m.left_on IS NULL
          JOIN community_facilitator f ON f.community_id = m.community_id
         CROSS JOIN LATERAL (SELECT ${draw('x.id::text')} AS h) r
         CROSS JOIN LATERAL (
           SELECT 'CHANGES_REQUESTED' AS decision, ($2::text[])[1 + r.h % ${REVIEW_CHANGES.length}] AS comment,
                  least(x.submitted_at + interval '2 days', now() - interval '10 minutes') AS at
            WHERE x.version = 2 OR x.status = 'CHANGES_REQUESTED'
           UNION ALL
           SELECT 'APPROVED', ($1::text[])[1 + r.h % ${REVIEW_APPROVED.length}], x.updated_at WHERE x.status = 'APPROVED'
         ) v`,
      values: [REVIEW_APPROVED, REVIEW_CHANGES],
    },
    {
      // What the reminder sweep (at each start, then hourly) would find is on record as sent, as in a
      // service that has been running: journals due in the coming hours, entries waiting for review,
      // this week's digests. A day's margin keeps the sweep quiet through a long benchmark run.
      step: 'reminders already sent',
      table: 'reminder_sent',
      text: `
        INSERT INTO reminder_sent (kind, user_id, subject_id, occasion, queued_at)
        SELECT 'JOURNAL_DUE'::reminder_kind, e.user_id, a.id, ${isoInstant('a.due_at')}, least(a.due_at - make_interval(hours => $1), now())
          FROM journal_assignment a
          JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.role = 'PARTICIPANT' AND e.status = 'ACTIVE'
          LEFT JOIN journal_submission s ON s.assignment_id = a.id AND s.participant_id = e.user_id
         WHERE a.due_at > now() AND a.due_at <= now() + make_interval(hours => $1 + 24) AND s.first_submitted_at IS NULL
        UNION ALL
        SELECT 'PRACTICUM_WAITING', reviewer.user_id, x.id, ${isoInstant('x.submitted_at')}, least(x.submitted_at + make_interval(days => $2), now())
          FROM practicum_log_entry x
         CROSS JOIN LATERAL (
           SELECT f.user_id FROM community_member m JOIN community_facilitator f ON f.community_id = m.community_id
            WHERE m.cohort_id = x.cohort_id AND m.user_id = x.participant_id AND m.left_on IS NULL
           UNION
           SELECT f.user_id FROM enrollment f WHERE f.cohort_id = x.cohort_id AND f.role = 'FACULTY'
         ) reviewer
         WHERE x.status = 'PENDING' AND x.submitted_at <= now() - make_interval(days => $2 - 1)
        UNION ALL
        SELECT 'WEEKLY_DIGEST', r.user_id, r.program_id, $3, now() FROM program_role r WHERE r.role = 'COORDINATOR'`,
      values: [REMINDER_JOURNAL_DUE_HOURS, REMINDER_PRACTICUM_WAIT_DAYS, digestWeek(now)],
    },
    {
      // Six participants in ten hold a licence (the CE approvals cover most of the types); a few hold a second, out of state.
      step: 'licences',
      table: 'license',
      text: `
        INSERT INTO license (user_id, type, state, number, status, created_at, updated_at)
        SELECT e.user_id, l.type, l.state, l.type || ' ' || (100000 + r.h % 900000), l.status::license_status, e.enrolled_at, e.enrolled_at
          FROM enrollment e
         CROSS JOIN LATERAL (SELECT ${draw(`e.user_id::text || 'licence'`)} AS h) r
         CROSS JOIN LATERAL (SELECT (ARRAY['LCSW', 'LMFT', 'LPCC', 'ASW', 'AMFT', 'APCC', 'LPC', 'RN', 'PSYCHOLOGIST'])[1 + r.h / 10 % 9] AS type) t
         CROSS JOIN LATERAL (
           SELECT t.type, CASE WHEN r.h % 23 = 0 THEN 'NV' ELSE 'CA' END AS state,
                  CASE WHEN r.h % 37 = 0 THEN 'INACTIVE' WHEN t.type IN ('ASW', 'AMFT', 'APCC') THEN 'ASSOCIATE' ELSE 'ACTIVE' END AS status
           UNION ALL
           SELECT 'RN', 'OR', 'ACTIVE' WHERE r.h % 41 = 0 AND t.type <> 'RN'
         ) l
         WHERE e.role = 'PARTICIPANT' AND r.h % 10 < 6`,
      values: [],
    },
  ];
}

/** The reminder settings' defaults (REMINDER_JOURNAL_DUE_HOURS, REMINDER_PRACTICUM_WAIT_DAYS), which the benchmark runs with. */
const REMINDER_JOURNAL_DUE_HOURS = 48;
const REMINDER_PRACTICUM_WAIT_DAYS = 7;

/** A grader's choices on the journals' rubric (RUBRIC): a level (SQL expression) for each criterion. */
const rubricLevels = (reflection: string, framework: string) => `jsonb_build_array(jsonb_build_object('criterion', 'reflection', 'level', ${reflection}),
                                                                   jsonb_build_object('criterion', 'framework', 'level', ${framework}))`;

/** Observations and conversations most, as a consultant's month goes. */
const ACTIVITIES = ['OBSERVATION', 'REFLECTIVE_CONVERSATION', 'ACTION_PLANNING', 'FOLLOW_UP', 'OBSERVATION', 'REFLECTIVE_CONVERSATION', 'OTHER'];

/** Every cohort's completion rules: met by whoever misses at most one session of each kind and completes the journals and practicum. */
const REQUIREMENTS = [
  { kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 10, label: 'Faculty seminars attended' },
  { kind: 'COMMUNITY_SESSIONS_ATTENDED', threshold: 10, label: 'Community of practice meetings attended' },
  { kind: 'REFLECTIVE_PRACTICE_MINUTES', threshold: 240, label: 'Reflective practice (minutes)' },
  { kind: 'JOURNALS_SATISFACTORY', threshold: 9, label: 'Reflective journals accepted' },
  { kind: 'PRACTICUM_MINUTES_APPROVED', threshold: 600, label: 'Supervised practicum (minutes)' },
  { kind: 'TOTAL_CONTACT_MINUTES', threshold: 2700, label: 'Contact hours (minutes)' },
];

const RUBRIC = {
  criteria: [
    {
      key: 'reflection', title: 'Depth of reflection',
      levels: [
        { key: 'emerging', title: 'Emerging', points: 1 }, { key: 'developing', title: 'Developing', points: 2 }, { key: 'proficient', title: 'Proficient', points: 3 },
      ],
    },
    {
      key: 'framework', title: 'Connection to the IECMHC framework',
      levels: [{ key: 'emerging', title: 'Emerging', points: 1 }, { key: 'proficient', title: 'Proficient', points: 2 }],
    },
  ],
};

/** Two boards approve every cohort: the behavioural sciences board for the therapists' licences, the nursing board for nurses. */
const CE_APPROVALS = [
  {
    board: 'Fictional Board of Behavioral Sciences', prefix: 'FBBS',
    statement: 'Approved for continuing education by the Fictional Board of Behavioral Sciences.',
    types: ['LCSW', 'LMFT', 'LPCC', 'ASW', 'AMFT', 'APCC'], states: ['CA'], partial: true, increment: 15, unit: 'HOURS',
  },
  {
    board: 'Fictional Board of Registered Nursing', prefix: 'FBRN', statement: 'Provider approved by the Fictional Board of Registered Nursing.',
    types: ['RN'], states: null, partial: false, increment: 30, unit: 'HOURS',
  },
];
