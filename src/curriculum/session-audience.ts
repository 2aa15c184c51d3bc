import { EnrollmentRole } from '../programs/enrollment-role';

/*
 * SQL fragments for "who a session is for". Arguments are SQL expressions (a column such as
 * `s.id`, or a bound parameter such as `:viewerId` or `$2`), never user input.
 */

/** Whether `user` holds one of `roles` in `cohort`, optionally with an extra condition on enrollment `e`. */
export function enrolledAsSql(cohort: string, user: string, roles: readonly EnrollmentRole[], condition = 'TRUE'): string {
  const list = roles.map((role) => `'${role}'`).join(', ');
  return `EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = ${cohort} AND e.user_id = ${user} AND e.role IN (${list}) AND ${condition})`;
}

export function facilitatesSql(community: string, user: string): string {
  return `EXISTS (SELECT 1 FROM community_facilitator cf WHERE cf.community_id = ${community} AND cf.user_id = ${user})`;
}

export function isCommunityMemberSql(community: string, user: string): string {
  return `EXISTS (SELECT 1 FROM community_member cm WHERE cm.community_id = ${community} AND cm.user_id = ${user})`;
}

/**
 * Whether session `s` is meant for `user` (a participant): its invitees when it has any, else its
 * community's members, else everyone in the cohort.
 */
export function audienceSql(s: string, user: string): string {
  return `CASE
    WHEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = ${s}.id)
      THEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = ${s}.id AND si.user_id = ${user})
    WHEN ${s}.community_id IS NOT NULL THEN ${isCommunityMemberSql(`${s}.community_id`, user)}
    ELSE TRUE
  END`;
}

/**
 * Whether `user` is expected at session `s`: a participant of its cohort enrolled before it began,
 * in its audience, and the session is not cancelled. Staff attendance is not tracked.
 */
export function expectedSql(s: string, user: string): string {
  const enrolledBefore = enrolledAsSql(`${s}.cohort_id`, user, [EnrollmentRole.PARTICIPANT], `e.enrolled_at <= ${s}.starts_at`);
  return `(${s}.cancelled_at IS NULL AND ${enrolledBefore} AND ${audienceSql(s, user)})`;
}

/** Whether `facilitator` facilitates the community of `cohort` that `member` belongs to. */
export function facilitatesMemberSql(cohort: string, member: string, facilitator: string): string {
  return `EXISTS (SELECT 1 FROM community_member cm JOIN community_facilitator cf ON cf.community_id = cm.community_id
                  WHERE cm.cohort_id = ${cohort} AND cm.user_id = ${member} AND cf.user_id = ${facilitator})`;
}
