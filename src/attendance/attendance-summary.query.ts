import { expectedSql } from '../curriculum/session-audience';

/**
 * One participant's attendance in one cohort ($1 cohort, $2 participant), per session kind and in
 * total (the ROLLUP row with kind NULL). Cancelled sessions count for nothing; sessions before the
 * enrollment are not expected, though minutes attended at them still count.
 */
export const ATTENDANCE_SUMMARY_SQL = `
  WITH counted AS (
    SELECT s.kind, s.ce_eligible, s.starts_at, a.status, coalesce(a.minutes_attended, 0) AS minutes,
           ${expectedSql('s', '$2')} AS expected
    FROM session s
    LEFT JOIN attendance a ON a.session_id = s.id AND a.user_id = $2
    WHERE s.cohort_id = $1 AND s.cancelled_at IS NULL
  )
  SELECT kind,
         coalesce(sum(minutes), 0)::int AS minutes_attended,
         coalesce(sum(minutes) FILTER (WHERE ce_eligible), 0)::int AS ce_eligible_minutes,
         count(*) FILTER (WHERE status = 'PRESENT')::int AS sessions_attended,
         count(*) FILTER (WHERE expected)::int AS sessions_expected,
         count(*) FILTER (WHERE expected AND starts_at <= now())::int AS sessions_held
  FROM counted
  WHERE expected OR status IS NOT NULL
  GROUP BY ROLLUP (kind)
  ORDER BY kind NULLS LAST`;

export interface AttendanceSummaryRow {
  kind: string | null;
  minutes_attended: number;
  ce_eligible_minutes: number;
  sessions_attended: number;
  sessions_expected: number;
  sessions_held: number;
}
