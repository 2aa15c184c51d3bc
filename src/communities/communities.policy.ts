import { enrolledAsSql, facilitatesSql, isCommunityMemberSql } from '../curriculum/session-audience';
import { EnrollmentRole } from '../programs/enrollment-role';

/**
 * SQL: whether the viewer (:viewerId, :viewerIsAdmin) sees community `c` and its roster: admins,
 * the cohort's faculty, its own facilitators and members. Other groups' facilitators see nothing of it.
 */
export function communityVisibleSql(c: string): string {
  const faculty = enrolledAsSql(`${c}.cohort_id`, ':viewerId', [EnrollmentRole.FACULTY]);
  return `(CAST(:viewerIsAdmin AS boolean) OR ${faculty} OR ${facilitatesSql(`${c}.id`, ':viewerId')} OR ${isCommunityMemberSql(`${c}.id`, ':viewerId')})`;
}
