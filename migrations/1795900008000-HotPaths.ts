import { MigrationInterface, QueryRunner } from 'typeorm';
import { ATTENDANCE_CREDIT } from './1795700003000-AttendanceCredit';

/**
 * Attendance credit as before (see AttendanceCredit), found by joins instead of a subquery per row:
 * the minutes a person's earlier overlapping sessions already took are summed per (later session,
 * person) once, and a cohort's filter reaches that sum through the join on cohort_id. Overlap
 * minutes use date_part (float) rather than extract (numeric): whole minutes either way.
 */
export const ATTENDANCE_CREDIT_BY_JOINS = `
  CREATE OR REPLACE VIEW attendance_credit AS
  SELECT a.id AS attendance_id, a.user_id, a.session_id, s.cohort_id, s.kind, s.ce_eligible, s.starts_at,
         credit.minutes AS credited_minutes, s.optional, a.status = 'MADE_UP' AS made_up
    FROM attendance a
    JOIN session s ON s.id = a.session_id
    JOIN cohort c ON c.id = s.cohort_id
    LEFT JOIN (
      SELECT later.cohort_id, later.id AS session_id, earlier_attendance.user_id,
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
        JOIN attendance earlier_attendance ON earlier_attendance.session_id = earlier.id AND earlier_attendance.status = 'PRESENT'
       GROUP BY later.cohort_id, later.id, earlier_attendance.user_id
    ) taken ON taken.cohort_id = s.cohort_id AND taken.session_id = s.id AND taken.user_id = a.user_id
   CROSS JOIN LATERAL (
     SELECT CASE WHEN a.status = 'MADE_UP' THEN a.minutes_attended
                 ELSE greatest(0, least(a.minutes_attended, s.duration_minutes - coalesce(taken.minutes, 0)))
            END AS minutes
   ) credit
   WHERE a.status IN ('PRESENT', 'MADE_UP') AND s.cancelled_at IS NULL
     AND (a.status = 'MADE_UP' OR credit.minutes * 100 >= c.minimum_attendance_percent * s.duration_minutes)`;

/**
 * What the hot reads need:
 * - rate-limit counters, written on every public lookup, skip the write-ahead log: a commit then
 *   waits for no disk flush, and a crash only empties the table (everyone's allowance restored);
 * - a session's attendance comes from the (session, person) index alone, its status and minutes
 *   included, without visiting the table;
 * - attendance credit by joins (above).
 */
export class HotPaths1795900008000 implements MigrationInterface {
  name = 'HotPaths1795900008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "rate_limit" SET UNLOGGED');
    await queryRunner.query('ALTER TABLE "attendance" DROP CONSTRAINT "uq_attendance_session_user"');
    await queryRunner.query(
      'ALTER TABLE "attendance" ADD CONSTRAINT "uq_attendance_session_user" UNIQUE ("session_id", "user_id") INCLUDE ("status", "minutes_attended")',
    );
    await queryRunner.query(ATTENDANCE_CREDIT_BY_JOINS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ATTENDANCE_CREDIT.replace('CREATE VIEW', 'CREATE OR REPLACE VIEW'));
    await queryRunner.query('ALTER TABLE "attendance" DROP CONSTRAINT "uq_attendance_session_user"');
    await queryRunner.query('ALTER TABLE "attendance" ADD CONSTRAINT "uq_attendance_session_user" UNIQUE ("session_id", "user_id")');
    await queryRunner.query('ALTER TABLE "rate_limit" SET LOGGED');
  }
}
