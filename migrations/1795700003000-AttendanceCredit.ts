import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance credit, defined once. A row of attendance_credit is attendance that counts:
 * - MADE_UP, with the minutes its staff credited (never contact minutes nor CE: see made_up);
 * - PRESENT at or above the cohort's minimum share of the session, after overlap: a person cannot
 *   be live at two sessions at once, so a session of the cohort that starts earlier (or at the same
 *   time, was scheduled first) and was attended takes the overlapping minutes, and the later one is
 *   credited only with the rest. The earlier one is found through session (cohort_id, starts_at): no session lasts
 *   more than 720 minutes (MAX_SESSION_MINUTES).
 */
export const ATTENDANCE_CREDIT = `
  CREATE VIEW attendance_credit AS
  SELECT a.id AS attendance_id, a.user_id, a.session_id, s.cohort_id, s.kind, s.ce_eligible, s.starts_at,
         credit.minutes AS credited_minutes, s.optional, a.status = 'MADE_UP' AS made_up
    FROM attendance a
    JOIN session s ON s.id = a.session_id
    JOIN cohort c ON c.id = s.cohort_id
   CROSS JOIN LATERAL (
     SELECT CASE WHEN a.status = 'MADE_UP' THEN a.minutes_attended
                 ELSE greatest(0, least(a.minutes_attended, s.duration_minutes - coalesce((
                   SELECT sum(least(earlier_attendance.minutes_attended,
                                    floor(extract(epoch FROM least(earlier.starts_at + make_interval(mins => earlier.duration_minutes),
                                                                   s.starts_at + make_interval(mins => s.duration_minutes))
                                                             - s.starts_at) / 60)::int))
                     FROM session earlier
                     JOIN attendance earlier_attendance
                       ON earlier_attendance.session_id = earlier.id AND earlier_attendance.user_id = a.user_id
                      AND earlier_attendance.status = 'PRESENT'
                    WHERE earlier.cohort_id = s.cohort_id AND earlier.cancelled_at IS NULL
                      AND earlier.starts_at > s.starts_at - interval '720 minutes'
                      AND (earlier.starts_at, earlier.created_at, earlier.id) < (s.starts_at, s.created_at, s.id)
                      AND earlier.starts_at + make_interval(mins => earlier.duration_minutes) > s.starts_at
                 ), 0)))
            END AS minutes
   ) credit
   WHERE a.status IN ('PRESENT', 'MADE_UP') AND s.cancelled_at IS NULL
     AND (a.status = 'MADE_UP' OR credit.minutes * 100 >= c.minimum_attendance_percent * s.duration_minutes)`;

const PRESENT_ONLY_CREDIT = `
  CREATE VIEW attendance_credit AS
  SELECT a.id AS attendance_id, a.user_id, a.session_id, s.cohort_id, s.kind, s.ce_eligible, s.starts_at,
         a.minutes_attended AS credited_minutes
  FROM attendance a JOIN session s ON s.id = a.session_id
  WHERE a.status = 'PRESENT' AND s.cancelled_at IS NULL`;

export class AttendanceCredit1795700003000 implements MigrationInterface {
  name = 'AttendanceCredit1795700003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "chk_attendance_minutes_when_present"`);
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "chk_attendance_minutes_when_credited" CHECK ("status" IN ('PRESENT', 'MADE_UP') OR "minutes_attended" = 0)`,
    );
    await queryRunner.query('DROP VIEW attendance_credit');
    await queryRunner.query(ATTENDANCE_CREDIT);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW attendance_credit');
    await queryRunner.query(PRESENT_ONLY_CREDIT);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "chk_attendance_minutes_when_credited"`);
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "chk_attendance_minutes_when_present" CHECK (status = 'PRESENT' OR minutes_attended = 0)`,
    );
  }
}
