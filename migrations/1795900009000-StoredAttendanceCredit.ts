import { MigrationInterface, QueryRunner } from 'typeorm';
import { ATTENDANCE_CREDIT_BY_JOINS } from './1795900008000-HotPaths';

/**
 * The minutes each attendance row is credited with, as attendance_credit defined them (see
 * AttendanceCredit and HotPaths), are computed once when something they depend on is written and
 * kept in attendance.credited_minutes (NULL: not credited). Reads then sum stored minutes instead of
 * working out overlap each time. What credit depends on, and what refreshes it:
 * - a person's attendance in a cohort (overlap: their earlier sessions take minutes from later
 *   ones): every write to attendance refreshes the cohorts and people it touched, once per statement;
 * - a session's time, length, cancellation or cohort: the whole cohort is refreshed;
 * - the cohort's minimum share of a session: the whole cohort is refreshed.
 * Writers of one cohort's credit take turns (an advisory lock held to the end of the transaction),
 * so each computes over what the others committed. The refresh's own update of attendance, and
 * rows removed along with their session or cohort, fire nothing more (pg_trigger_depth).
 */
const REFRESH_FUNCTIONS = [
  `CREATE FUNCTION refresh_attendance_credit(p_cohort uuid, p_people uuid[]) RETURNS void LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_advisory_xact_lock(hashtextextended('attendance_credit ' || p_cohort::text, 0));
     UPDATE attendance target SET credited_minutes = fresh.minutes
       FROM (
         SELECT own.id,
                CASE WHEN s.cancelled_at IS NOT NULL THEN NULL
                     WHEN own.status = 'MADE_UP' THEN own.minutes_attended
                     WHEN own.status = 'PRESENT' AND present.minutes * 100 >= c.minimum_attendance_percent * s.duration_minutes THEN present.minutes
                END AS minutes
           FROM attendance own
           JOIN session s ON s.id = own.session_id
           JOIN cohort c ON c.id = s.cohort_id
           LEFT JOIN (
             SELECT later.id AS session_id, earlier_attendance.user_id,
                    sum(least(earlier_attendance.minutes_attended,
                              floor(date_part('epoch', least(earlier.starts_at + make_interval(mins => earlier.duration_minutes),
                                                             later.starts_at + make_interval(mins => later.duration_minutes))
                                                       - later.starts_at) / 60)::int)) AS minutes
               FROM session later
               JOIN session earlier
                 ON earlier.cohort_id = later.cohort_id AND earlier.cancelled_at IS NULL
                AND earlier.starts_at > later.starts_at - interval '720 minutes'
                AND (earlier.starts_at, earlier.created_at, earlier.id) < (later.starts_at, later.created_at, later.id)
                AND earlier.starts_at + make_interval(mins => earlier.duration_minutes) > later.starts_at
               JOIN attendance earlier_attendance
                 ON earlier_attendance.session_id = earlier.id AND earlier_attendance.status = 'PRESENT'
                AND earlier_attendance.user_id = ANY (p_people)
              WHERE later.cohort_id = p_cohort
              GROUP BY later.id, earlier_attendance.user_id
           ) taken ON taken.session_id = s.id AND taken.user_id = own.user_id
          CROSS JOIN LATERAL (
            SELECT greatest(0, least(own.minutes_attended, s.duration_minutes - coalesce(taken.minutes, 0)))::int AS minutes
          ) present
          WHERE s.cohort_id = p_cohort AND own.user_id = ANY (p_people)
       ) fresh
      WHERE target.id = fresh.id AND target.credited_minutes IS DISTINCT FROM fresh.minutes;
   END $$`,
  `CREATE FUNCTION refresh_cohort_attendance_credit(p_cohort uuid) RETURNS void LANGUAGE sql AS $$
     SELECT refresh_attendance_credit(p_cohort, ARRAY(
       SELECT DISTINCT a.user_id FROM attendance a JOIN session s ON s.id = a.session_id WHERE s.cohort_id = p_cohort));
   $$`,
  `CREATE FUNCTION refresh_attendance_credit_at(p_sessions uuid[], p_people uuid[]) RETURNS void LANGUAGE plpgsql AS $$
   DECLARE touched record;
   BEGIN
     FOR touched IN
       SELECT s.cohort_id, array_agg(DISTINCT pair.user_id) AS people
         FROM unnest(p_sessions, p_people) AS pair(session_id, user_id)
         JOIN session s ON s.id = pair.session_id
        GROUP BY s.cohort_id
        ORDER BY s.cohort_id
     LOOP
       PERFORM refresh_attendance_credit(touched.cohort_id, touched.people);
     END LOOP;
   END $$`,
];

const TRIGGERS = [
  `CREATE FUNCTION attendance_refreshes_credit() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE sessions uuid[]; people uuid[];
   BEGIN
     IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
     IF TG_OP = 'INSERT' THEN
       SELECT array_agg(session_id), array_agg(user_id) INTO sessions, people FROM new_rows;
     ELSIF TG_OP = 'DELETE' THEN
       SELECT array_agg(session_id), array_agg(user_id) INTO sessions, people FROM old_rows;
     ELSE
       SELECT array_agg(pair.session_id), array_agg(pair.user_id) INTO sessions, people
         FROM (SELECT session_id, user_id FROM new_rows UNION SELECT session_id, user_id FROM old_rows) pair;
     END IF;
     IF sessions IS NOT NULL THEN PERFORM refresh_attendance_credit_at(sessions, people); END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER attendance_inserted_refreshes_credit AFTER INSERT ON attendance
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_refreshes_credit()`,
  `CREATE TRIGGER attendance_updated_refreshes_credit AFTER UPDATE ON attendance
     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_refreshes_credit()`,
  `CREATE TRIGGER attendance_deleted_refreshes_credit AFTER DELETE ON attendance
     REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_refreshes_credit()`,
  `CREATE FUNCTION session_refreshes_credit() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
     PERFORM refresh_cohort_attendance_credit(OLD.cohort_id);
     IF TG_OP = 'UPDATE' AND NEW.cohort_id <> OLD.cohort_id THEN PERFORM refresh_cohort_attendance_credit(NEW.cohort_id); END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER session_timing_refreshes_credit AFTER UPDATE OF starts_at, duration_minutes, cancelled_at, cohort_id ON session
     FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.duration_minutes IS DISTINCT FROM NEW.duration_minutes
                        OR OLD.cancelled_at IS DISTINCT FROM NEW.cancelled_at OR OLD.cohort_id IS DISTINCT FROM NEW.cohort_id)
     EXECUTE FUNCTION session_refreshes_credit()`,
  `CREATE TRIGGER session_deleted_refreshes_credit AFTER DELETE ON session FOR EACH ROW EXECUTE FUNCTION session_refreshes_credit()`,
  `CREATE FUNCTION cohort_minimum_refreshes_credit() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM refresh_cohort_attendance_credit(NEW.id);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER cohort_minimum_refreshes_credit AFTER UPDATE OF minimum_attendance_percent ON cohort
     FOR EACH ROW WHEN (OLD.minimum_attendance_percent IS DISTINCT FROM NEW.minimum_attendance_percent)
     EXECUTE FUNCTION cohort_minimum_refreshes_credit()`,
];

/** The same rows and columns as before (credited_minutes stays bigint), read from what is stored. */
const ATTENDANCE_CREDIT_STORED = `
  CREATE VIEW attendance_credit AS
  SELECT a.id AS attendance_id, a.user_id, a.session_id, s.cohort_id, s.kind, s.ce_eligible, s.starts_at,
         a.credited_minutes::bigint AS credited_minutes, s.optional, a.status = 'MADE_UP' AS made_up
    FROM attendance a
    JOIN session s ON s.id = a.session_id
   WHERE a.credited_minutes IS NOT NULL AND s.cancelled_at IS NULL`;

function sessionUserConstraint(included: string[]): string {
  return `ALTER TABLE "attendance" ADD CONSTRAINT "uq_attendance_session_user" UNIQUE ("session_id", "user_id") INCLUDE (${included.map((column) => `"${column}"`).join(', ')})`;
}

export class StoredAttendanceCredit1795900009000 implements MigrationInterface {
  name = 'StoredAttendanceCredit1795900009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attendance" ADD "credited_minutes" integer');
    for (const statement of [...REFRESH_FUNCTIONS, ...TRIGGERS]) await queryRunner.query(statement);
    await queryRunner.query('SELECT refresh_cohort_attendance_credit(id) FROM cohort ORDER BY id');
    await queryRunner.query('ANALYZE attendance');
    // A cohort's credit is then read from the (session, person) index alone.
    await queryRunner.query('ALTER TABLE "attendance" DROP CONSTRAINT "uq_attendance_session_user"');
    await queryRunner.query(sessionUserConstraint(['status', 'minutes_attended', 'credited_minutes']));
    await queryRunner.query('DROP VIEW attendance_credit');
    await queryRunner.query(ATTENDANCE_CREDIT_STORED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW attendance_credit');
    await queryRunner.query(ATTENDANCE_CREDIT_BY_JOINS.replace('CREATE OR REPLACE VIEW', 'CREATE VIEW'));
    await queryRunner.query('ALTER TABLE "attendance" DROP CONSTRAINT "uq_attendance_session_user"');
    await queryRunner.query(sessionUserConstraint(['status', 'minutes_attended']));
    await queryRunner.query('DROP TRIGGER cohort_minimum_refreshes_credit ON cohort');
    await queryRunner.query('DROP TRIGGER session_deleted_refreshes_credit ON session');
    await queryRunner.query('DROP TRIGGER session_timing_refreshes_credit ON session');
    for (const event of ['inserted', 'updated', 'deleted']) await queryRunner.query(`DROP TRIGGER attendance_${event}_refreshes_credit ON attendance`);
    for (const fn of ['cohort_minimum_refreshes_credit()', 'session_refreshes_credit()', 'attendance_refreshes_credit()',
      'refresh_attendance_credit_at(uuid[], uuid[])', 'refresh_cohort_attendance_credit(uuid)', 'refresh_attendance_credit(uuid, uuid[])']) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query('ALTER TABLE "attendance" DROP COLUMN "credited_minutes"');
  }
}
