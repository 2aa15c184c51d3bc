import { TestApp } from '../test-app';
import { Role } from './people';

export const ENROLLMENT_FIELDS = 'id role status withdrawnOn withdrawalReason user { id fullName }';
export const WITHDRAW = `mutation($input: WithdrawInput!) { withdraw(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const REMOVE_ENROLLMENT = `mutation($id: ID!) { removeEnrollment(enrollmentId: $id) }`;
export const UPDATE_COHORT = `mutation($input: UpdateCohortInput!) {
  updateCohort(input: $input) { id name startsOn endsOn capacity timeZone minimumAttendancePercent } }`;
export const UPDATE_COMMUNITY = `mutation($input: UpdateCommunityInput!) { updateCommunity(input: $input) { id name } }`;
export const MOVE_COMMUNITY_MEMBER = `mutation($input: MoveCommunityMemberInput!) {
  moveCommunityMember(input: $input) { id name members { id } } }`;

/** The id of the person's enrolment in the cohort in that role (read from the suite's database). */
export async function enrollmentIdOf(app: TestApp, cohortId: string, userId: string, role: Role = 'PARTICIPANT'): Promise<string> {
  const { rows } = await app.db.query(`SELECT id FROM enrollment WHERE cohort_id = $1 AND user_id = $2 AND role = $3`, [cohortId, userId, role]);
  return rows[0].id;
}

export function withdrawRequest(app: TestApp, token: string, input: { enrollmentId: string; effectiveOn: string; reason?: string }) {
  return app.gql(WITHDRAW, { input: { reason: 'Moved out of state', ...input } }, token);
}

export function moveMemberRequest(app: TestApp, token: string, input: { userId: string; fromCommunityId: string; toCommunityId: string; effectiveOn: string }) {
  return app.gql(MOVE_COMMUNITY_MEMBER, { input }, token);
}

/** Audit rows of an action (for "audited" and "nothing written"). */
export async function auditRows(app: TestApp, action: string, entityId?: string): Promise<{ before: any; after: any }[]> {
  const { rows } = await app.db.query(
    `SELECT before, after FROM audit_event WHERE action = $1 AND ($2::uuid IS NULL OR entity_id = $2) ORDER BY occurred_at`,
    [action, entityId ?? null],
  );
  return rows;
}
